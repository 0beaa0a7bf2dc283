package org.dynadeploy.cli;

import java.nio.file.Path;
import java.util.List;

/**
 * The model files a documentation command was given, by the option that named them. With
 * {@code xml} they are Disnix XML files (one per option value), else files or folders of our
 * languages.
 *
 * @param services       {@code -s}: the services (required by every command but visualize-infra)
 * @param infrastructure {@code -i}: targets for the infrastructure view (and what a distribution names)
 * @param distribution   {@code -d}: adds the deployment view; wins over a distribution found in the folders
 * @param ids            {@code --ids}: assigned ids shown in service entries
 * @param docs           {@code --docs}: the docs configuration; wins over the services models' own docs blocks
 * @param xml            whether the files are Disnix XML
 */
record DocsInputs(List<Path> services, List<Path> infrastructure, List<Path> distribution, List<Path> ids,
        List<Path> docs, boolean xml) {

    DocsInputs {
        services = copy(services);
        infrastructure = copy(infrastructure);
        distribution = copy(distribution);
        ids = copy(ids);
        docs = copy(docs);
    }

    private static List<Path> copy(List<Path> paths) {
        return paths == null ? List.of() : List.copyOf(paths);
    }
}
