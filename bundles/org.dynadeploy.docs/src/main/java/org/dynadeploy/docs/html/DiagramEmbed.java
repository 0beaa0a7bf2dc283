package org.dynadeploy.docs.html;

import java.util.List;

/**
 * A diagram as a page shows it: the markup (inline SVG, or a PNG with its image map) and the
 * diagram files offered for download, as (label, file name in the page's directory) pairs.
 */
public record DiagramEmbed(String markup, List<Download> downloads) {

    /** A file next to the page. */
    public record Download(String label, String file) {
    }
}
