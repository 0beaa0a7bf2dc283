// The GModel element types the DynaDeploy diagram server sends (see README.md for the contract)
// and the few client-side model classes they need.
import { GLabel, editLabelFeature } from '@eclipse-glsp/client';

export const DiagramTypes = {
    architecture: 'dynadeploy-architecture',
    deployment: 'dynadeploy-deployment',
    infrastructure: 'dynadeploy-infrastructure'
} as const;
export type DiagramKind = keyof typeof DiagramTypes;

export const ElementTypes = {
    graph: 'graph',
    group: 'node:group',
    service: 'node:service',
    target: 'node:target',
    container: 'node:container',
    deployed: 'node:deployed',
    groupCompartment: 'comp:group',
    targetCompartment: 'comp:target',
    heading: 'label:heading',
    name: 'label:name',
    type: 'label:type',
    property: 'label:property',
    dependsOn: 'edge:dependsOn',
    connectsTo: 'edge:connectsTo'
} as const;

/**
 * A `label:name`. A label edit (ApplyLabelEditOperation) renames a service, in the architecture
 * diagram or as a deployed service; a container's name is not edited that way.
 */
export class NameLabel extends GLabel {
    override hasFeature(feature: symbol): boolean {
        if (feature === editLabelFeature) {
            return this.parent?.type === ElementTypes.service || this.parent?.type === ElementTypes.deployed;
        }
        return super.hasFeature(feature);
    }
}

/** A `label:heading`: editing a target's heading renames the target; a group's is not edited. */
export class HeadingLabel extends GLabel {
    override hasFeature(feature: symbol): boolean {
        if (feature === editLabelFeature) {
            return this.parent?.type === ElementTypes.target;
        }
        return super.hasFeature(feature);
    }
}

/**
 * Where an element may be dropped when it is moved to another owner, used when the server's type
 * hints say nothing about containment (with hints, `containableElementTypeIds` decide first).
 */
export const DEFAULT_OWNERS: Record<string, string[]> = {
    [ElementTypes.service]: [ElementTypes.group, ElementTypes.groupCompartment, ElementTypes.graph],
    [ElementTypes.deployed]: [ElementTypes.target, ElementTypes.targetCompartment, ElementTypes.container]
};
