package org.dynadeploy.languageserver.commands;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.log4j.Logger;
import org.dynadeploy.lang.ide.commands.CommandIds;
import org.dynadeploy.languageserver.diagnostics.DiagnosticsHub;
import org.dynadeploy.languageserver.workspace.DynaDeployWorkspaceManager;
import org.dynadeploy.model.Policy;
import org.dynadeploy.planner.PlanningException;
import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.ide.server.WorkspaceManager;
import org.eclipse.xtext.ide.server.concurrent.IRequestManager;
import org.eclipse.xtext.resource.IResourceServiceProvider;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Runs the DynaDeploy commands (plan, assign ids, generate docs) off the request queue, one at a
 * time: a snapshot of the workspace is taken in a write request (nothing changes meanwhile), the
 * models are loaded into a copy and the engine runs on the copy while the editor stays
 * responsive. Problems the user can fix come back as a failed {@link CommandResult} and a message
 * (a failed plan also as a diagnostic on the service it names); only bad arguments are errors.
 */
@Singleton
public class CommandDispatcher {

    private static final Logger LOG = Logger.getLogger(CommandDispatcher.class);

    /** The command methods, by id. */
    private interface Command {
        CommandResult run(CommandContext context) throws Exception;
    }

    private static final Map<String, Command> COMMANDS = Map.of(
            CommandIds.PLAN, PlanCommand::run,
            CommandIds.ASSIGN_IDS, AssignIdsCommand::run,
            CommandIds.GENERATE_DOCS, GenerateDocsCommand::run);

    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "dynadeploy-commands");
        thread.setDaemon(true);
        return thread;
    });

    @Inject
    private IResourceServiceProvider.Registry languages;

    @Inject
    private WorkspaceManager workspaceManager;

    @Inject
    private DiagnosticsHub diagnostics;

    @Inject
    private UriExtensions uris;

    public CompletableFuture<Object> execute(ExecuteCommandParams params, ILanguageServerAccess access, IRequestManager requests) {
        CommandArguments arguments;
        try {
            arguments = CommandArguments.of(params);
        } catch (ResponseErrorException e) {
            return CompletableFuture.failedFuture(e);
        }
        DynaDeployWorkspaceManager workspace = (DynaDeployWorkspaceManager) workspaceManager;
        return requests.runWrite(() -> WorkspaceSnapshot.take(workspace), (cancel, snapshot) -> snapshot)
                .thenApplyAsync(snapshot -> (Object) run(arguments, snapshot, new ResultFiles(access, requests, workspace, uris)),
                        executor)
                .whenComplete((result, error) -> tell(access, result, error));
    }

    private CommandResult run(CommandArguments arguments, WorkspaceSnapshot snapshot, ResultFiles files) {
        URI document = uris.toUri(arguments.documentUri());
        Policy policy = null;
        LoadedWorkspace workspace = null;
        try {
            workspace = LoadedWorkspace.load(snapshot, languages).requireNoErrors();
            policy = workspace.policy(document, arguments.policyName());
            CommandContext context = new CommandContext(arguments, document, workspace, policy, snapshot, files);
            CommandResult result = COMMANDS.get(arguments.command()).run(context);
            if (!CommandIds.GENERATE_DOCS.equals(arguments.command())) {
                diagnostics.setPlanningIssues(Map.of());
            }
            return result;
        } catch (PlanningException e) {
            if (workspace != null && policy != null) {
                diagnostics.setPlanningIssues(PlanningFailures.issues(e.getMessage(), workspace.models(), policy));
            }
            return CommandResult.failure(e.getMessage());
        } catch (CommandFailure e) {
            return CommandResult.failure(e.getMessage());
        } catch (Exception e) {
            LOG.error(arguments.command() + " failed", e);
            return CommandResult.failure(arguments.command() + " failed: " + e);
        }
    }

    /** Says how it went in the client's message area too: the command's result is not shown by every client. */
    private static void tell(ILanguageServerAccess access, Object result, Throwable error) {
        if (access.getLanguageClient() == null) {
            return;
        }
        if (result instanceof CommandResult command) {
            access.getLanguageClient().showMessage(new MessageParams(command.ok() ? MessageType.Info : MessageType.Error,
                    "DynaDeploy: " + command.message()));
        } else if (error != null && !(unwrap(error) instanceof ResponseErrorException)) {
            access.getLanguageClient().showMessage(new MessageParams(MessageType.Error, "DynaDeploy: " + unwrap(error).getMessage()));
        }
    }

    private static Throwable unwrap(Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }
}
