package org.dynadeploy.languageserver.workspace;

import org.dynadeploy.lang.loading.ModelLoader;

/** How large a document the server parses: the command line's limit, so both refuse the same files. */
public final class DocumentLimits {

    /** Larger documents are not parsed; the client gets one diagnostic saying so. */
    public static final long MAX_CHARACTERS = ModelLoader.MAX_FILE_BYTES;

    private DocumentLimits() {
    }

    public static boolean isTooLarge(String text) {
        return text != null && text.length() > MAX_CHARACTERS;
    }
}
