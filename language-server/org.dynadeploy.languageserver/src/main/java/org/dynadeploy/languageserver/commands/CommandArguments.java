package org.dynadeploy.languageserver.commands;

import java.util.List;

import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

import com.google.gson.JsonElement;

/**
 * The arguments of a DynaDeploy command: the URI of the policy's document and, optionally, the
 * policy's name (a .qos file holds one policy). Over the wire they are JSON; in process, strings.
 */
record CommandArguments(String command, String documentUri, String policyName) {

    static CommandArguments of(ExecuteCommandParams params) {
        List<Object> arguments = params.getArguments() == null ? List.of() : params.getArguments();
        String uri = arguments.isEmpty() ? null : text(arguments.get(0));
        if (uri == null || uri.isBlank()) {
            throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InvalidParams,
                    params.getCommand() + " needs the URI of a policy's .qos document as its first argument", null));
        }
        String policy = arguments.size() > 1 ? text(arguments.get(1)) : null;
        return new CommandArguments(params.getCommand(), uri, policy == null || policy.isBlank() ? null : policy);
    }

    private static String text(Object argument) {
        if (argument instanceof JsonElement json) {
            return json.isJsonPrimitive() ? json.getAsString() : null;
        }
        return argument == null ? null : argument.toString();
    }
}
