package org.dynadeploy.lang.ide.commands;

import java.util.List;

/**
 * The workspace commands of the DynaDeploy language server (workspace/executeCommand). Code
 * lenses and clients refer to them by these ids; the server runs them with the planning engine.
 * Every command takes two arguments: the URI of the policy's document and the policy's name.
 */
public final class CommandIds {

    /** Runs the policy and writes {@code <policy>.dist} next to it. */
    public static final String PLAN = "dynadeploy.plan";
    /** Assigns unique ids for the policy's distribution and writes {@code ids.ids} next to it. */
    public static final String ASSIGN_IDS = "dynadeploy.assignIds";
    /** Generates the architecture documentation into {@code docs-out/} next to the policy. */
    public static final String GENERATE_DOCS = "dynadeploy.generateDocs";

    public static final List<String> ALL = List.of(PLAN, ASSIGN_IDS, GENERATE_DOCS);

    private CommandIds() {
    }
}
