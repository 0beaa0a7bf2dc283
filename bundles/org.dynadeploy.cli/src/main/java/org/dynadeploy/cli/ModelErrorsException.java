package org.dynadeploy.cli;

/**
 * The input models have errors; they were already printed, one per line, so the handler only
 * adds this one-line summary.
 */
public class ModelErrorsException extends UserException {

    private static final long serialVersionUID = 1L;

    public ModelErrorsException(String summary) {
        super(summary);
    }
}
