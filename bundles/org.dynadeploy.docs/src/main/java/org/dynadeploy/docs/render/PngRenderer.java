package org.dynadeploy.docs.render;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;

import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.dynadeploy.docs.layout.TextMetrics;

/**
 * Rasterises our own SVG to PNG with Batik, at the SVG's own pixel size (so an HTML image map
 * made from the same coordinates fits). Batik is an optional dependency: only this class
 * touches it, and only when PNG is asked for.
 */
public final class PngRenderer {

    private PngRenderer() {
    }

    public static byte[] render(String svg) {
        TextMetrics.get(); // headless AWT and the bundled font registered before Batik starts
        PNGTranscoder transcoder = new PNGTranscoder();
        TranscoderInput input = new TranscoderInput(new StringReader(svg));
        // a fixed document URI: Batik resolves relative links against it and must never touch the file system
        input.setURI("file:///dynadeploy/diagram.svg");
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            transcoder.transcode(input, new TranscoderOutput(png));
        } catch (TranscoderException e) {
            throw new IllegalStateException("PNG rendering failed: " + e.getMessage(), e);
        }
        return png.toByteArray();
    }
}
