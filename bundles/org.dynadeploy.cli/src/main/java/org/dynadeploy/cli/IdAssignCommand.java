package org.dynadeploy.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.dynadeploy.cli.PlanningInputs.Role;
import org.dynadeploy.disnix.IdsXml;
import org.dynadeploy.disnix.NixIdsWriter;
import org.dynadeploy.lang.loading.DynaDeployLanguages;
import org.dynadeploy.model.DistributionModel;
import org.dynadeploy.model.IdsModel;
import org.dynadeploy.model.support.ModelSet;
import org.dynadeploy.planner.ids.IdAssigner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dynadeploy id-assign}: dydisnix-id-assign, unique ids from the pools of the id resources. */
@Command(name = "id-assign", sortOptions = false,
        description = {"Gives each service that asks for an id resource a unique id of its pool, like"
                + " dydisnix-id-assign.",
                "With -d (distribution mode) the distributed services get ids, unique in the whole deployment"
                        + " (scope global) or per target (scope machine); without it (services-only mode) every"
                        + " service does, and only global pools work. --ids gives the ids of the previous run: the"
                        + " ones still valid are kept, and new ids continue after the last one handed out. The result"
                        + " is written in the ids language (.ids) unless --output-xml or --output-nix is given."},
        footer = {"", "Examples:",
                "  dynadeploy id-assign -s model/ -i model/ -d deploy.dist --id-resources model/ \\",
                "      --ids ids.ids --output-file ids.ids",
                "  dynadeploy id-assign -s model/ --id-resources model/pools.idres",
                "  dynadeploy id-assign --xml -s services.xml -i infrastructure.xml -d distribution.xml \\",
                "      --id-resources idresources.xml --ids ids.xml --output-xml --output-file ids.xml",
                "", "Exit status: 0 written, 1 error in the input or a pool is depleted (an existing output file is left"
                        + " as it was), 2 wrong usage."})
final class IdAssignCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-s", "--services"}, required = true, paramLabel = "FILE|DIR", description = "Services model.")
    List<Path> services = new ArrayList<>();

    @Option(names = {"-i", "--infrastructure"}, paramLabel = "FILE|DIR",
            description = "Infrastructure model (the targets the distribution names).")
    List<Path> infrastructure = new ArrayList<>();

    @Option(names = {"-d", "--distribution"}, paramLabel = "FILE",
            description = "The distribution (distribution mode); without it, services-only mode.")
    List<Path> distribution = new ArrayList<>();

    @Option(names = "--id-resources", required = true, paramLabel = "FILE|DIR", description = "Id resources model.")
    List<Path> idResources = new ArrayList<>();

    @Option(names = "--ids", paramLabel = "FILE", description = "The ids of the previous run, to keep them stable.")
    List<Path> ids = new ArrayList<>();

    @Option(names = "--service-property", paramLabel = "NAME", defaultValue = IdAssigner.DEFAULT_SERVICE_PROPERTY,
            description = "The service property listing the resources a service needs ids of (default:"
                    + " ${DEFAULT-VALUE}, written `ids ...` in a .services file).")
    String serviceProperty;

    @Option(names = "--output-file", paramLabel = "FILE",
            description = "Write to FILE (replaced atomically, and only on success) instead of stdout.")
    Path outputFile;

    @Mixin
    InputFormat format;

    @Option(names = "--output-xml", description = "Write ids XML.")
    boolean outputXml;

    @Option(names = "--output-nix", description = "Write the Nix expression of dydisnix-id-assign.")
    boolean outputNix;

    @Override
    public Integer call() {
        if (outputXml && outputNix) {
            throw new ParameterException(spec.commandLine(), "--output-xml and --output-nix cannot be used together");
        }
        PrintWriter err = spec.commandLine().getErr();
        format.noteIgnored(spec.name(), err);
        ResultOutput destination = new ResultOutput(outputFile, true);
        destination.checkWritable();
        PlanningModels models = new PlanningLoader(err).load(new PlanningInputs(format.xml)
                .with(Role.SERVICES, services).with(Role.INFRASTRUCTURE, infrastructure)
                .with(Role.DISTRIBUTION, distribution).with(Role.ID_RESOURCES, idResources).with(Role.IDS, ids));
        ModelSet modelSet = models.modelSet();
        DistributionModel given = models.distribution();
        IdAssigner assigner = new IdAssigner();
        IdsModel result = given == null ? assigner.assign(modelSet, models.ids(), serviceProperty)
                : assigner.assign(modelSet, given, models.ids(), serviceProperty);
        destination.write(render(result, modelSet, models), spec.commandLine().getOut());
        return 0;
    }

    private String render(IdsModel result, ModelSet modelSet, PlanningModels models) {
        if (outputXml) return IdsXml.write(result);
        if (outputNix) return NixIdsWriter.write(result, modelSet.idResourcesByName().keySet());
        return ModelText.serialize(result, DynaDeployLanguages.IDS, models.resourceSet());
    }
}
