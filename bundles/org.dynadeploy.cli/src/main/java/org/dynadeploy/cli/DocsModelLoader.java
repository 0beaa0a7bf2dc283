package org.dynadeploy.cli;

import java.io.PrintWriter;

/**
 * Loads what a documentation command was given: our languages (linked across files and
 * validated; on errors nothing is generated) or, with {@code --xml}, the Disnix XML files the
 * dydisnix documentation tools read.
 */
final class DocsModelLoader {

    private final PrintWriter err;

    /** @param err where the inputs' problems and warnings are printed */
    DocsModelLoader(PrintWriter err) {
        this.err = err;
    }

    DocsModels load(DocsInputs inputs) {
        return inputs.xml() ? new DocsXmlLoader(err).load(inputs) : new DocsLanguageLoader(err).load(inputs);
    }
}
