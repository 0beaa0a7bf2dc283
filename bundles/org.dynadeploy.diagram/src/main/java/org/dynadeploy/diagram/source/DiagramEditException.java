package org.dynadeploy.diagram.source;

/**
 * A graphical edit that cannot be made, with a message for the user (it is shown in the diagram):
 * what was refused and why, and what to do instead.
 */
public class DiagramEditException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DiagramEditException(String message) {
        super(message);
    }

    public DiagramEditException(String message, Throwable cause) {
        super(message, cause);
    }
}
