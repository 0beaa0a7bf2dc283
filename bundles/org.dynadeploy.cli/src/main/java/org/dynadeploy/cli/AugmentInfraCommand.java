package org.dynadeploy.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.dynadeploy.cli.PlanningInputs.Role;
import org.dynadeploy.disnix.InfrastructureXml;
import org.dynadeploy.lang.loading.DynaDeployLanguages;
import org.dynadeploy.model.InfrastructureModel;
import org.dynadeploy.planner.augment.InfrastructureAugmenter;
import org.dynadeploy.planner.augment.SecretResolvers;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dynadeploy augment-infra}: dydisnix-augment-infra, the infrastructure with its augmentation rules applied. */
@Command(name = "augment-infra", sortOptions = false,
        description = {"Applies augmentation rules to the infrastructure and prints the result, like"
                + " dydisnix-augment-infra (which prints the path of a Nix expression instead).",
                "The rules are those of the -i files and of the -a files (augment NAME SELECTOR { ... }), applied in"
                        + " order. Secrets stay references: the result in the infrastructure language shows"
                        + " env(\"VAR\") and secret(\"key\") where their values would go. Only the Disnix XML that"
                        + " Disnix reads (--output-xml) can hold the values, and only with --resolve-secrets, which"
                        + " reads them from the environment and the --secrets file."},
        footer = {"", "Examples:",
                "  dynadeploy augment-infra -i model/network.infra",
                "  dynadeploy augment-infra --xml -i infrastructure.xml -a credentials.infra -o augmented.infra",
                "  MYSQL_PASSWORD=... dynadeploy augment-infra -i model/ --output-xml --resolve-secrets \\",
                "      --secrets /run/keys/deploy.properties -o infrastructure.xml",
                "", "Exit status: 0 written, 1 error in the input or a secret is missing (the message names the"
                        + " variable or key, never a value), 2 wrong usage."})
final class AugmentInfraCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-i", "--infrastructure"}, required = true, paramLabel = "FILE|DIR",
            description = "Infrastructure model (with --xml: infrastructure XML).")
    List<Path> infrastructure = new ArrayList<>();

    @Option(names = {"-a", "--augment"}, paramLabel = "FILE|DIR",
            description = "More augmentation rules (.infra files, also with --xml).")
    List<Path> augment = new ArrayList<>();

    @Option(names = "--output-xml", description = "Write Disnix infrastructure XML.")
    boolean outputXml;

    @Option(names = "--resolve-secrets", description = "With --output-xml: write the secrets' values, read from the"
            + " environment (env(\"VAR\")) and the --secrets file (secret(\"key\")).")
    boolean resolveSecrets;

    @Option(names = "--secrets", paramLabel = "FILE", description = "A properties file (key = value) holding the"
            + " values of secret(\"key\") references; read only with --resolve-secrets.")
    Path secrets;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (replaced atomically) instead of stdout.")
    Path output;

    @Mixin
    InputFormat format;

    @Override
    public Integer call() {
        if (resolveSecrets && !outputXml) {
            throw new ParameterException(spec.commandLine(), "--resolve-secrets needs --output-xml: the infrastructure"
                    + " language never holds secret values");
        }
        PrintWriter err = spec.commandLine().getErr();
        format.noteIgnored(spec.name(), err);
        if (secrets != null && !resolveSecrets) {
            err.println("augment-infra: note: --secrets is only read with --output-xml --resolve-secrets; it was not read");
            err.flush();
        }
        ResultOutput destination = new ResultOutput(output, true);
        destination.checkWritable();
        PlanningModels models = new PlanningLoader(err).load(new PlanningInputs(format.xml)
                .with(Role.INFRASTRUCTURE, infrastructure).with(Role.AUGMENT, augment));
        List<InfrastructureModel> all = inputs(models);
        String text;
        if (resolveSecrets) {
            InfrastructureAugmenter augmenter = new InfrastructureAugmenter(SecretResolvers.standard(secrets));
            text = InfrastructureXml.write(ModelMerger.infrastructure(augmenter.augment(all)));
        } else {
            SecretPlaceholders placeholders = new SecretPlaceholders();
            List<InfrastructureModel> augmented = new InfrastructureAugmenter(placeholders).augment(all);
            List<String> references = placeholders.restore(augmented);
            InfrastructureModel merged = ModelMerger.infrastructure(augmented);
            if (outputXml) {
                if (!references.isEmpty()) {
                    throw new UserException("the augmented infrastructure refers to " + (references.size() == 1
                            ? "a secret" : references.size() + " secrets") + ", which Disnix XML can only hold as values:\n  "
                            + String.join("\n  ", references) + "\ngive --resolve-secrets to write their values (from the"
                            + " environment and --secrets FILE)");
                }
                text = InfrastructureXml.write(merged);
            } else {
                text = (references.isEmpty() ? "" : "// Secrets are shown as references; their values are only written"
                        + " for Disnix (--output-xml --resolve-secrets).\n")
                        + ModelText.serialize(merged, DynaDeployLanguages.INFRASTRUCTURE, models.resourceSet());
            }
        }
        destination.write(text, spec.commandLine().getOut());
        return 0;
    }

    /** The -i models and the -a models (a file given to both counts once). */
    private List<InfrastructureModel> inputs(PlanningModels models) {
        List<InfrastructureModel> all = new ArrayList<>(models.of(Role.INFRASTRUCTURE, InfrastructureModel.class));
        List<InfrastructureModel> rules = models.of(Role.AUGMENT, InfrastructureModel.class);
        if (!augment.isEmpty() && rules.stream().allMatch(model -> model.getAugmentations().isEmpty())) {
            throw new UserException(Role.AUGMENT.option() + ": the given files have no augmentation rules"
                    + " (augment NAME SELECTOR { ... })");
        }
        for (InfrastructureModel model : rules) {
            if (!all.contains(model)) all.add(model);
        }
        return all;
    }
}
