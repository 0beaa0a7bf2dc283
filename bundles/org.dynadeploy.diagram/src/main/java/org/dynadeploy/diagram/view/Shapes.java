package org.dynadeploy.diagram.view;

import org.dynadeploy.diagram.ElementTypes;
import org.dynadeploy.diagram.layout.TextMetrics;
import org.eclipse.glsp.graph.GCompartment;
import org.eclipse.glsp.graph.GLabel;
import org.eclipse.glsp.graph.GNode;
import org.eclipse.glsp.graph.builder.impl.GCompartmentBuilder;
import org.eclipse.glsp.graph.builder.impl.GLabelBuilder;
import org.eclipse.glsp.graph.builder.impl.GNodeBuilder;

/**
 * Sized building blocks of the diagrams. Every label gets its size from the font metrics and
 * its alignment (the baseline point the client draws the text at, text-anchor start), so the
 * client needs no layout pass of its own.
 */
public final class Shapes {

    /** Inner padding of boxes. */
    public static final double PAD = 8;
    /** Horizontal padding of a service box. */
    public static final double SIDE = 12;
    public static final double MIN_WIDTH = 80;

    private Shapes() {
    }

    public static GLabel label(String id, String type, String text, float size) {
        TextMetrics metrics = TextMetrics.get();
        String shown = text == null ? "" : text;
        return new GLabelBuilder(type).id(id).text(shown)
                .size(metrics.width(shown, size), metrics.lineHeight(size))
                .alignment(0, metrics.ascent(size))
                .position(0, 0)
                .build();
    }

    /** A box with one or two centred lines of text (a service, a container, a deployed service). */
    public static GNode box(String id, String type, String name, String subtitle) {
        TextMetrics metrics = TextMetrics.get();
        GLabel nameLabel = label(ElementTypes.part(id, "name"), ElementTypes.NAME, name, TextMetrics.NAME);
        GNodeBuilder node = new GNodeBuilder(type).id(id);
        double width = Math.max(MIN_WIDTH, nameLabel.getSize().getWidth() + 2 * SIDE);
        double height;
        GLabel typeLabel = null;
        if (subtitle != null) {
            typeLabel = label(ElementTypes.part(id, "type"), ElementTypes.TYPE, subtitle, TextMetrics.TYPE);
            width = Math.max(width, typeLabel.getSize().getWidth() + 2 * SIDE);
            height = PAD + nameLabel.getSize().getHeight() + 2 + typeLabel.getSize().getHeight() + PAD;
        } else {
            height = PAD + nameLabel.getSize().getHeight() + PAD;
        }
        width = Math.ceil(width);
        place(nameLabel, (width - nameLabel.getSize().getWidth()) / 2, PAD);
        node.add(nameLabel);
        if (typeLabel != null) {
            place(typeLabel, (width - typeLabel.getSize().getWidth()) / 2, PAD + nameLabel.getSize().getHeight() + 2);
            node.add(typeLabel);
        }
        return node.size(width, height).position(0, 0).build();
    }

    /** A box with a heading and a compartment for children; the layout sizes it later. */
    public static GNode container(String id, String type, String heading, String compartmentType) {
        GLabel headingLabel = label(ElementTypes.part(id, "heading"), ElementTypes.HEADING, heading, TextMetrics.HEADING);
        place(headingLabel, PAD, PAD / 2);
        GCompartment compartment = new GCompartmentBuilder(compartmentType).id(ElementTypes.part(id, "comp"))
                .position(0, headingLabel.getSize().getHeight() + PAD).size(0, 0).build();
        return new GNodeBuilder(type).id(id).add(headingLabel).add(compartment).size(0, 0).position(0, 0).build();
    }

    public static void place(GLabel label, double x, double y) {
        label.getPosition().setX(Math.round(x * 10) / 10.0);
        label.getPosition().setY(y);
    }
}
