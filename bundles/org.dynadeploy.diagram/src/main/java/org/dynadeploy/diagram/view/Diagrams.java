package org.dynadeploy.diagram.view;

import java.util.Map;
import java.util.function.Function;

import org.dynadeploy.diagram.DiagramTypes;
import org.dynadeploy.diagram.ElementTypes;
import org.dynadeploy.diagram.layout.GModelLayout;
import org.dynadeploy.diagram.layout.GModelLayout.Strategy;
import org.dynadeploy.diagram.layout.Notation;
import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.support.ModelSet;
import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GModelElement;

/** Builds and lays out the diagram of a type from a model: the one entry point of the view layer. */
public final class Diagrams {

    /** The client option naming the distribution file of the deployment diagram. */
    public static final String DISTRIBUTION_OPTION = "distribution";

    private Diagrams() {
    }

    /** The graph of a diagram type, unplaced (labels and leaf boxes are sized). */
    public static GGraph build(String diagramType, ModelSet models, Map<String, String> options) {
        GGraph graph = switch (diagramType) {
            case DiagramTypes.ARCHITECTURE -> ArchitectureView.build(models);
            case DiagramTypes.DEPLOYMENT -> DeploymentView.build(models, distribution(models, options));
            case DiagramTypes.INFRASTRUCTURE -> InfrastructureView.build(models);
            default -> throw new IllegalArgumentException("unknown diagram type: " + diagramType);
        };
        graph.setType(ElementTypes.GRAPH);
        graph.getArgs().put("diagramType", diagramType);
        return graph;
    }

    /** Builds and places a diagram. */
    public static GGraph buildAndLayout(String diagramType, ModelSet models, Map<String, String> options, GModelLayout layout,
            Notation notation) {
        GGraph graph = build(diagramType, models, options);
        layout.layout(graph, strategies(diagramType), notation);
        return graph;
    }

    public static DistributionModel distribution(ModelSet models, Map<String, String> options) {
        return DistributionChoice.choose(models, options == null ? null : options.get(DISTRIBUTION_OPTION)).orElse(null);
    }

    public static Function<GModelElement, Strategy> strategies(String diagramType) {
        return switch (diagramType) {
            case DiagramTypes.ARCHITECTURE -> element -> Strategy.LAYERED;
            case DiagramTypes.DEPLOYMENT -> element -> Strategy.GRID;
            case DiagramTypes.INFRASTRUCTURE -> element -> ElementTypes.TARGET_COMPARTMENT.equals(element.getType())
                    ? Strategy.STACK : Strategy.GRID;
            default -> throw new IllegalArgumentException("unknown diagram type: " + diagramType);
        };
    }
}
