package org.dynadeploy.cli;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.dynadeploy.lang.loading.DynaDeployLanguages;

/** The kinds of Disnix model {@code import} reads: the root element of its XML and the language it becomes. */
enum ImportKind {

    SERVICES("services", "services", DynaDeployLanguages.SERVICES),
    INFRASTRUCTURE("infrastructure", "infrastructure", DynaDeployLanguages.INFRASTRUCTURE),
    DISTRIBUTION("distribution", "distribution", DynaDeployLanguages.DISTRIBUTION),
    ID_RESOURCES("id-resources", "resources", DynaDeployLanguages.ID_RESOURCES),
    IDS("ids", "ids", DynaDeployLanguages.IDS),
    /** The docs config becomes the docs block of a services file. */
    DOCS("docs", "docs-config", DynaDeployLanguages.SERVICES);

    private final String optionValue;
    private final String xmlRoot;
    private final String extension;

    ImportKind(String optionValue, String xmlRoot, String extension) {
        this.optionValue = optionValue;
        this.xmlRoot = xmlRoot;
        this.extension = extension;
    }

    String optionValue() {
        return optionValue;
    }

    String xmlRoot() {
        return xmlRoot;
    }

    /** The file extension of the language the model is written in. */
    String extension() {
        return extension;
    }

    /** The kind named on the command line, or null. */
    static ImportKind ofOption(String value) {
        return Arrays.stream(values()).filter(k -> k.optionValue.equals(value)).findFirst().orElse(null);
    }

    /** The kind whose XML starts with this root element, or null. */
    static ImportKind ofXmlRoot(String root) {
        return Arrays.stream(values()).filter(k -> k.xmlRoot.equals(root)).findFirst().orElse(null);
    }

    static String optionValues() {
        return Arrays.stream(values()).map(ImportKind::optionValue).collect(Collectors.joining(", "));
    }

    static String xmlRoots() {
        return Arrays.stream(values()).map(k -> "<" + k.xmlRoot + ">").collect(Collectors.joining(", "));
    }
}
