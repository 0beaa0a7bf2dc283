/** @jsx svg */
// SVG views of the DynaDeploy element types. Sizes and positions come from the server's layout;
// the views only draw the shapes, and every element carries a `dd-<kind>` class for the CSS and
// the `data-svg-metadata-type` attribute (GLSP's svg metadata module) for tests and tools.
import {
    GCompartment,
    GEdge,
    GLabel,
    GNode,
    IView,
    IViewArgs,
    Point,
    PolylineEdgeViewWithGapsOnIntersections,
    RenderingContext,
    ShapeView,
    angleOfPoint,
    svg,
    toDegrees
} from '@eclipse-glsp/client';
import { injectable } from 'inversify';
import { VNode } from 'snabbdom';
import { ElementTypes } from './model';

// the JSX factory must stay referenced for the type checker (esbuild uses the pragma above)
const _jsx = svg;
void _jsx;

/** The CSS class of an element type: `node:service` → `dd-service`, `edge:dependsOn` → `dd-dependsOn`. */
export function kindClass(type: string): string {
    const colon = type.indexOf(':');
    return 'dd-' + (colon >= 0 ? type.substring(colon + 1) : type);
}

function isVisible(view: ShapeView, element: GNode, context: RenderingContext): boolean {
    return view.isVisible(element, context);
}

/** The bottom of an element's heading label, for the header band of groups and targets. */
function headingBottom(node: GNode): number {
    const heading = node.children.find(child => child.type === ElementTypes.heading) as GLabel | undefined;
    if (!heading || heading.size.height <= 0) {
        return 0;
    }
    return Math.min(node.size.height, heading.position.y + heading.size.height + 4);
}

function frameClasses(node: GNode): Record<string, boolean> {
    return {
        'sprotty-node': true,
        'dd-frame': true,
        selected: !!node.selected,
        mouseover: !!node.hoverFeedback
    };
}

/**
 * A box with a header band naming it, its members inside: groups (light, well rounded) and
 * targets (dark band, small corners) differ only in their class and corner radius.
 */
function bandedBox(node: GNode, context: RenderingContext, kind: string, radius: number): VNode {
    const { width, height } = node.size;
    const band = headingBottom(node);
    const r = radius;
    return (
        <g class={{ 'dd-node': true, [kind]: true }}>
            <rect class={frameClasses(node)} x={0} y={0} width={Math.max(width, 0)} height={Math.max(height, 0)} rx={r} ry={r} />
            {band > 0 ? <path class-dd-band={true} d={`M ${r},0 H ${width - r} A ${r},${r} 0 0 1 ${width},${r} V ${band} H 0 V ${r} A ${r},${r} 0 0 1 ${r},0 Z`} /> : ''}
            {context.renderChildren(node)}
        </g>
    );
}

/** A group: a light rounded compartment with its name on top and its members inside. */
@injectable()
export class GroupNodeView extends ShapeView {
    render(node: Readonly<GNode>, context: RenderingContext): VNode | undefined {
        return isVisible(this, node as GNode, context) ? bandedBox(node as GNode, context, 'dd-group', 10) : undefined;
    }
}

/** A service (and a deployed service): a box with a coloured bar on its left. */
@injectable()
export class ServiceNodeView extends ShapeView {
    render(node: Readonly<GNode>, context: RenderingContext): VNode | undefined {
        if (!isVisible(this, node as GNode, context)) {
            return undefined;
        }
        const { width, height } = node.size;
        const kind = kindClass(node.type);
        return (
            <g class={{ 'dd-node': true, [kind]: true }}>
                <rect class={frameClasses(node as GNode)} x={0} y={0} width={Math.max(width, 0)} height={Math.max(height, 0)} rx={4} ry={4} />
                <path class-dd-accent={true} d={`M 4,0 H 6 V ${Math.max(height, 0)} H 4 A 4,4 0 0 1 0,${Math.max(height - 4, 0)} V 4 A 4,4 0 0 1 4,0 Z`} />
                {context.renderChildren(node)}
            </g>
        );
    }
}

/** A target (machine): a box with a dark header band naming it, holding what runs there. */
@injectable()
export class TargetNodeView extends ShapeView {
    render(node: Readonly<GNode>, context: RenderingContext): VNode | undefined {
        return isVisible(this, node as GNode, context) ? bandedBox(node as GNode, context, 'dd-target', 3) : undefined;
    }
}

/** A container on a target (a process manager, a database server, …): a small dashed box. */
@injectable()
export class ContainerNodeView extends ShapeView {
    render(node: Readonly<GNode>, context: RenderingContext): VNode | undefined {
        if (!isVisible(this, node as GNode, context)) {
            return undefined;
        }
        const { width, height } = node.size;
        return (
            <g class-dd-node={true} class-dd-container={true}>
                <rect class={frameClasses(node as GNode)} x={0} y={0} width={Math.max(width, 0)} height={Math.max(height, 0)} rx={6} ry={6} />
                {context.renderChildren(node)}
            </g>
        );
    }
}

/** A compartment: only its children (the owner draws the frame). */
@injectable()
export class CompartmentView implements IView {
    render(compartment: Readonly<GCompartment>, context: RenderingContext): VNode | undefined {
        return (
            <g class={{ 'sprotty-comp': true, 'dd-compartment': true, [kindClass(compartment.type)]: true }}>
                {context.renderChildren(compartment)}
            </g>
        );
    }
}

/**
 * A label. The server lays labels out: `position` is the top-left corner of the label's box and
 * `size` its box, so the text is drawn vertically centred in that box. A label the client measured
 * itself (or with an `alignment` from the server) is drawn on its baseline as sprotty does.
 */
@injectable()
export class LabelView extends ShapeView {
    render(label: Readonly<GLabel>, context: RenderingContext): VNode | undefined {
        if (!this.isVisible(label, context)) {
            return undefined;
        }
        const aligned = label.alignment && (label.alignment.x !== 0 || label.alignment.y !== 0);
        const measured = label.size.width > 0 && label.size.height > 0;
        const classes = { 'sprotty-label': true, [kindClass(label.type)]: true };
        if (aligned || !measured) {
            return <text class={classes}>{label.text}</text>;
        }
        return (
            <text class={classes} y={label.size.height / 2} dominant-baseline='central'>
                {label.text}
            </text>
        );
    }
}

/** `dependsOn` (solid) and `connectsTo` (dashed) with an arrow head at the service used. */
@injectable()
export class DependencyEdgeView extends PolylineEdgeViewWithGapsOnIntersections {
    protected override renderLine(edge: GEdge, segments: Point[], context: RenderingContext, args?: IViewArgs): VNode {
        const line = super.renderLine(edge, segments, context, args);
        (line.data ??= {}).class = { ...(line.data.class ?? {}), 'dd-line': true };
        return line;
    }

    protected override renderAdditionals(edge: GEdge, segments: Point[], context: RenderingContext): VNode[] {
        const additionals = super.renderAdditionals(edge, segments, context);
        if (segments.length < 2) {
            return additionals;
        }
        const p1 = segments[segments.length - 2];
        const p2 = segments[segments.length - 1];
        const angle = toDegrees(angleOfPoint(Point.subtract(p1, p2)));
        additionals.push(
            <path
                class-sprotty-edge={true}
                class-arrow={true}
                d='M 0,0 L 10,-4 L 10,4 Z'
                transform={`rotate(${angle} ${p2.x} ${p2.y}) translate(${p2.x} ${p2.y})`}
            />
        );
        return additionals;
    }

    override render(edge: Readonly<GEdge>, context: RenderingContext): VNode | undefined {
        const vnode = super.render(edge, context);
        if (vnode) {
            (vnode.data ??= {}).class = { ...(vnode.data.class ?? {}), 'dd-edge': true, [kindClass(edge.type)]: true, selected: !!edge.selected };
        }
        return vnode;
    }
}
