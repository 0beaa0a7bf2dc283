package org.dynadeploy.docs;

import java.nio.file.Path;
import java.util.Objects;

import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.IdsModel;
import org.dynadeploy.model.support.ModelSet;

/**
 * What to generate and where.
 *
 * @param outputDir    the catalog's root directory (created if missing)
 * @param imageFormat  SVG (diagrams inline in the pages) or PNG (also rendered as PNG, shown
 *                     with a clickable image map); SVG, DOT and Mermaid files are written either way
 * @param distribution adds the deployment view and "deployed to" in service entries; may be null
 * @param ids          adds assigned ids to service entries; may be null
 * @param threads      how many layers are laid out at once (at least 1)
 */
public record DocsOptions(Path outputDir, Format imageFormat, DistributionModel distribution, IdsModel ids, int threads) {

    public DocsOptions {
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(imageFormat, "imageFormat");
        if (imageFormat != Format.SVG && imageFormat != Format.PNG) {
            throw new IllegalArgumentException("the catalog's image format is svg or png, not " + imageFormat.extension());
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1");
        }
    }

    /** SVG, no distribution or ids, one thread per core. */
    public static DocsOptions of(Path outputDir) {
        return new DocsOptions(outputDir, Format.SVG, null, null, Runtime.getRuntime().availableProcessors());
    }

    public DocsOptions withImageFormat(Format format) {
        return new DocsOptions(outputDir, format, distribution, ids, threads);
    }

    public DocsOptions withDistribution(DistributionModel value) {
        return new DocsOptions(outputDir, imageFormat, value, ids, threads);
    }

    public DocsOptions withIds(IdsModel value) {
        return new DocsOptions(outputDir, imageFormat, distribution, value, threads);
    }

    public DocsOptions withThreads(int value) {
        return new DocsOptions(outputDir, imageFormat, distribution, ids, value);
    }

    /** Takes the first distribution and ids model of a model set, where not set already. */
    public DocsOptions withResultsFrom(ModelSet models) {
        DistributionModel d = distribution != null ? distribution : models.distributions().stream().findFirst().orElse(null);
        IdsModel i = ids != null ? ids : models.idsModels().stream().findFirst().orElse(null);
        return new DocsOptions(outputDir, imageFormat, d, i, threads);
    }
}
