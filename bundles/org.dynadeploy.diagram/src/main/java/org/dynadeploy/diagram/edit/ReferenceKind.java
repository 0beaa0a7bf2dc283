package org.dynadeploy.diagram.edit;

import java.util.List;

import org.dynadeploy.model.ModelPackage;
import org.dynadeploy.model.Service;
import org.eclipse.emf.ecore.EReference;

/** The two kinds of service-to-service references an edge of the architecture diagram stands for. */
public enum ReferenceKind {
    DEPENDS_ON("dependsOn", ModelPackage.Literals.SERVICE__DEPENDS_ON),
    CONNECTS_TO("connectsTo", ModelPackage.Literals.SERVICE__CONNECTS_TO);

    private final String keyword;
    private final EReference feature;

    ReferenceKind(String keyword, EReference feature) {
        this.keyword = keyword;
        this.feature = feature;
    }

    public String keyword() {
        return keyword;
    }

    public EReference feature() {
        return feature;
    }

    public List<Service> of(Service service) {
        return this == DEPENDS_ON ? service.getDependsOn() : service.getConnectsTo();
    }

    public static ReferenceKind ofKeyword(String keyword) {
        for (ReferenceKind kind : values()) {
            if (kind.keyword.equals(keyword)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("not a reference kind: " + keyword);
    }
}
