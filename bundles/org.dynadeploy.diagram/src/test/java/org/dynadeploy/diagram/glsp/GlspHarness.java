package org.dynadeploy.diagram.glsp;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.dynadeploy.diagram.DiagramContext;
import org.eclipse.glsp.graph.GModelRoot;
import org.eclipse.glsp.server.actions.Action;
import org.eclipse.glsp.server.actions.ActionMessage;
import org.eclipse.glsp.server.features.core.model.RequestModelAction;
import org.eclipse.glsp.server.features.core.model.SetModelAction;
import org.eclipse.glsp.server.features.core.model.UpdateModelAction;
import org.eclipse.glsp.server.protocol.GLSPServer;
import org.eclipse.glsp.server.protocol.InitializeClientSessionParameters;
import org.eclipse.glsp.server.protocol.InitializeParameters;

import com.google.inject.Guice;
import com.google.inject.Injector;

/** A GLSP server in-process with a recording client: actions in, the actions the server sends back out. */
final class GlspHarness implements AutoCloseable {

    static final List<String> CLIENT_KINDS = List.of("setModel", "updateModel", "status", "message", "setDirtyState",
            "setEditValidationResult", "setTypeHints", "setContextActions", "setClipboardData", "setMarkers",
            "deleteMarkers", "startProgress", "updateProgress", "endProgress", "setEditMode", "setPopupModel",
            "setNavigationTargets", "navigateToTarget", "selectAll", "select", "fit", "center", "setViewport",
            "triggerNodeCreation", "triggerEdgeCreation", "checkEdgeResult", "requestBounds", "exportSvg");

    final GLSPServer server;
    final BlockingQueue<ActionMessage> received = new LinkedBlockingQueue<>();
    private final List<String> clients = new ArrayList<>();

    GlspHarness(DiagramContext context) throws Exception {
        Injector injector = Guice.createInjector(new DynaDeployServerModule(context));
        server = injector.getInstance(GLSPServer.class);
        server.connect(received::add);
        InitializeParameters parameters = new InitializeParameters();
        parameters.setApplicationId("test");
        parameters.setProtocolVersion("1.0.0");
        server.initialize(parameters).get(30, TimeUnit.SECONDS);
    }

    /** Opens a diagram and returns its model. */
    GModelRoot open(String clientId, String diagramType, Map<String, String> options) throws Exception {
        server.initializeClientSession(new InitializeClientSessionParameters(clientId, diagramType, CLIENT_KINDS))
                .get(30, TimeUnit.SECONDS);
        clients.add(clientId);
        java.util.Map<String, String> all = new java.util.HashMap<>(options);
        all.put("diagramType", diagramType);
        send(clientId, new RequestModelAction(all));
        return await(clientId, SetModelAction.class).getNewRoot();
    }

    void send(String clientId, Action action) {
        server.process(new ActionMessage(clientId, action));
    }

    @SuppressWarnings("unchecked")
    <T extends Action> T await(String clientId, Class<T> type) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30000;
        while (System.currentTimeMillis() < deadline) {
            ActionMessage message = received.poll(100, TimeUnit.MILLISECONDS);
            if (message != null && clientId.equals(message.getClientId()) && type.isInstance(message.getAction())) {
                return (T) message.getAction();
            }
        }
        fail("no " + type.getSimpleName() + " within 30 s");
        return null;
    }

    /** Sends an action and returns the model of the update it causes. */
    GModelRoot update(String clientId, Action action) throws InterruptedException {
        received.clear();
        send(clientId, action);
        return await(clientId, UpdateModelAction.class).getNewRoot();
    }

    /** The actions arriving for a client within a while. */
    List<Action> drain(String clientId, long millis) throws InterruptedException {
        List<Action> result = new ArrayList<>();
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            ActionMessage message = received.poll(20, TimeUnit.MILLISECONDS);
            if (message != null && clientId.equals(message.getClientId())) {
                result.add(message.getAction());
            }
        }
        return result;
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
