package org.dynadeploy.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.dynadeploy.disnix.DistributionXml;
import org.dynadeploy.disnix.DocsConfigXml;
import org.dynadeploy.disnix.IdResourcesXml;
import org.dynadeploy.disnix.IdsXml;
import org.dynadeploy.disnix.InfrastructureXml;
import org.dynadeploy.disnix.NixImporter;
import org.dynadeploy.disnix.ServicesXml;
import org.dynadeploy.model.DocsConfig;
import org.dynadeploy.model.Model;
import org.dynadeploy.model.ModelFactory;
import org.dynadeploy.model.Service;
import org.dynadeploy.model.ServicesModel;
import org.dynadeploy.model.Target;

/**
 * Reads one Disnix model file (XML, or Nix through nix-instantiate) of a known kind into our
 * metamodel. A distribution is resolved against services and targets by name.
 */
final class DisnixModelReader {

    private final NixImporter nix = new NixImporter();

    /** Reads any kind but a distribution. */
    Model read(ImportKind kind, Path file, boolean fromNix) {
        return switch (kind) {
            case SERVICES -> {
                if (fromNix) {
                    throw new UserException("a Nix services model is a function of the Nix package set and cannot be"
                            + " imported directly; convert it to XML first (dydisnix-xml -s " + DisplayPaths.of(file)
                            + ") and import the XML");
                }
                yield new ServicesXml().read(file);
            }
            case INFRASTRUCTURE -> fromNix ? nix.importInfrastructure(file) : InfrastructureXml.read(file);
            case ID_RESOURCES -> fromNix ? nix.importIdResources(file) : IdResourcesXml.read(file);
            case IDS -> fromNix ? nix.importIds(file) : IdsXml.read(file);
            case DOCS -> servicesWith(fromNix ? nix.importDocsConfig(file) : DocsConfigXml.read(file));
            case DISTRIBUTION -> throw new IllegalArgumentException("a distribution needs its services and targets");
        };
    }

    /** Reads a distribution XML file; services it does not know are skipped with a warning. */
    Model readDistributionXml(Path file, Map<String, Service> services, Map<String, Target> targets,
            List<String> warnings) {
        return DistributionXml.read(file, services, targets, warnings);
    }

    /** Evaluates a Disnix distribution expression applied to its Nix infrastructure model. */
    Model readDistributionNix(Path file, Path nixInfrastructure, Map<String, Service> services,
            Map<String, Target> targets, List<String> warnings) {
        return nix.importDistribution(file, nixInfrastructure, services, targets, warnings);
    }

    /** Imports the Nix infrastructure a Nix distribution refers to. */
    Model readNixInfrastructure(Path file) {
        return nix.importInfrastructure(file);
    }

    /** The docs configuration lives in a services file's docs block. */
    private static ServicesModel servicesWith(DocsConfig docs) {
        ServicesModel model = ModelFactory.eINSTANCE.createServicesModel();
        model.setDocs(docs);
        return model;
    }
}
