package org.dynadeploy.cli;

import java.util.List;

import org.dynadeploy.disnix.DistributionXml;
import org.dynadeploy.disnix.DocsConfigXml;
import org.dynadeploy.disnix.IdResourcesXml;
import org.dynadeploy.disnix.IdsXml;
import org.dynadeploy.disnix.InfrastructureXml;
import org.dynadeploy.disnix.NixDistributionWriter;
import org.dynadeploy.disnix.NixIdsWriter;
import org.dynadeploy.disnix.ServicesXml;
import org.dynadeploy.model.support.ModelSet;

/**
 * The conversions of {@code dydisnix-xml}, in its priority order (dydisnix behaviour §3.9): the
 * first whose options were given is the one performed.
 */
enum XmlConversion {

    SERVICES("-s/--services", "services model (.services file)", false),
    DISTRIBUTION("-d/--distribution", "distribution model (.dist file)", true),
    INFRASTRUCTURE("-i/--infrastructure", "infrastructure model (.infra file)", false),
    DOCS("--docs", "services model (.services file) with the docs configuration", false),
    ID_RESOURCES("--id-resources", "id resources model (.idres file)", false),
    IDS("--ids", "ids model (.ids file)", true);

    static final String UNKNOWN = "Don't know how to generate XML from the given input files."
            + " Are all models correctly specified?";

    private final String option;
    private final String modelDescription;
    private final boolean hasNixForm;

    XmlConversion(String option, String modelDescription, boolean hasNixForm) {
        this.option = option;
        this.modelDescription = modelDescription;
        this.hasNixForm = hasNixForm;
    }

    String option() {
        return option;
    }

    boolean hasNixForm() {
        return hasNixForm;
    }

    /** The document for the models of this conversion: Disnix XML, or the Nix expression when {@code nix}. */
    String convert(ModelSet models, boolean nix) {
        return switch (this) {
            case SERVICES -> new ServicesXml().write(ModelMerger.services(require(models.servicesModels())));
            case DISTRIBUTION -> {
                var distribution = ModelMerger.distribution(require(models.distributions()));
                yield nix ? NixDistributionWriter.write(distribution) : DistributionXml.write(distribution);
            }
            case INFRASTRUCTURE -> InfrastructureXml.write(ModelMerger.infrastructure(require(models.infrastructureModels())));
            case DOCS -> DocsConfigXml.write(DocsConfigXml.merge(ModelMerger.services(require(models.servicesModels()))));
            case ID_RESOURCES -> IdResourcesXml.write(ModelMerger.idResources(require(models.idResourcesModels())));
            case IDS -> {
                var ids = ModelMerger.ids(require(models.idsModels()));
                yield nix ? NixIdsWriter.write(ids) : IdsXml.write(ids);
            }
        };
    }

    private <T> List<T> require(List<T> models) {
        if (models.isEmpty()) {
            throw new UserException(option + ": the given files contain no " + modelDescription);
        }
        return models;
    }
}
