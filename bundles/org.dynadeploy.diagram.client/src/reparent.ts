// Drag and drop into another owner. GLSP's change-bounds tool only ever sends ChangeBoundsOperation
// (a new position in the same parent); dropping a service on another group, or a deployed service on
// another target, must be a semantic move instead. This tool looks at what is under the mouse when a
// drag ends and sends ChangeContainerOperation for every dragged element whose owner changes.
import {
    Action,
    ChangeBoundsListener,
    ChangeBoundsTool,
    ChangeContainerOperation,
    GChildElement,
    GModelElement,
    GModelRoot,
    Operation,
    SelectableBoundsAware,
    findChildrenAtPosition,
    getAbsolutePosition,
    isContainable,
    toAbsoluteBounds
} from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { DEFAULT_OWNERS } from './model';

/** The element an element belongs to: the nearest ancestor that is not a compartment. */
export function ownerOf(element: GModelElement): GModelElement | undefined {
    let current: GModelElement | undefined = element instanceof GChildElement ? element.parent : undefined;
    while (current && current.type.startsWith('comp:') && current instanceof GChildElement) {
        current = current.parent;
    }
    return current;
}

function isInside(candidate: GModelElement, element: GModelElement): boolean {
    for (let current: GModelElement | undefined = candidate; current; current = current instanceof GChildElement ? current.parent : undefined) {
        if (current === element) {
            return true;
        }
    }
    return false;
}

function accepts(candidate: GModelElement, elementType: string): boolean {
    if (isContainable(candidate) && candidate.isContainableElement(elementType)) {
        return true;
    }
    return DEFAULT_OWNERS[elementType]?.includes(candidate.type) ?? false;
}

/**
 * The owner a dragged element is dropped on (a group, a target or the diagram itself), if that is
 * another one than its current owner. A compartment under the mouse stands for its node.
 */
export function dropOwner(element: GModelElement, root: GModelRoot, point: { x: number; y: number }): GModelElement | undefined {
    const candidates = [root, ...findChildrenAtPosition(root, point)].reverse();
    const drop = candidates.find(candidate => !isInside(candidate, element) && accepts(candidate, element.type));
    if (!drop) {
        return undefined;
    }
    const owner = drop.type.startsWith('comp:') && drop instanceof GChildElement ? drop.parent : drop;
    return owner === ownerOf(element) ? undefined : owner;
}

export class ReparentingChangeBoundsListener extends ChangeBoundsListener {
    protected lastMouseUp?: MouseEvent;

    override draggingMouseUp(target: GModelElement, event: MouseEvent): Action[] {
        this.lastMouseUp = event;
        try {
            return super.draggingMouseUp(target, event);
        } finally {
            this.lastMouseUp = undefined;
        }
    }

    protected override handleMoveOnServer(target: GModelElement): Action[] {
        const event = this.lastMouseUp;
        if (!event) {
            return super.handleMoveOnServer(target);
        }
        const elements = this.getElementsToMove(target);
        const point = getAbsolutePosition(target, event);
        const moves: SelectableBoundsAware[] = [];
        const changes: Operation[] = [];
        for (const element of elements) {
            const owner = dropOwner(element, target.root, point);
            if (owner) {
                const bounds = toAbsoluteBounds(element);
                changes.push(
                    ChangeContainerOperation.create({ elementId: element.id, targetContainerId: owner.id, location: { x: bounds.x, y: bounds.y } })
                );
            } else {
                moves.push(element);
            }
        }
        if (changes.length === 0) {
            return super.handleMoveOnServer(target);
        }
        // A semantic move re-lays the diagram out on the server: plain moves of the other dragged
        // elements are sent after it, each as its own operation (and undo step).
        const operations: Operation[] = [...changes, ...this.handleMoveElementsOnServer(moves)];
        return operations;
    }
}

@injectable()
export class ReparentingChangeBoundsTool extends ChangeBoundsTool {
    protected override createChangeBoundsListener(): ReparentingChangeBoundsListener {
        return new ReparentingChangeBoundsListener(this);
    }
}
