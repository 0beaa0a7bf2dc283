package org.dynadeploy.languageserver.launch;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;

import org.apache.log4j.Logger;
import org.dynadeploy.languageserver.DynaDeployLanguageServerImpl;
import org.dynadeploy.languageserver.DynaDeployServerModule;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * The server on a TCP port: each connection gets a server of its own (own workspace, own
 * state), on its own thread, and the port keeps accepting. Bound to the loopback address unless
 * --host says otherwise: the protocol has no authentication.
 */
public final class SocketServer {

    private static final Logger LOG = Logger.getLogger(SocketServer.class);

    private SocketServer() {
    }

    public static void run(LaunchOptions options) throws IOException {
        try (ServerSocket listener = new ServerSocket(options.port(), 50, InetAddress.getByName(options.host()))) {
            // The port may have been 0 (any free port): say which one, on stderr, for the client to read.
            System.err.println("dynadeploy-language-server listening on " + options.host() + ":" + listener.getLocalPort());
            int connections = 0;
            while (!listener.isClosed()) {
                Socket socket = listener.accept();
                String name = "tcp-" + (++connections);
                Thread session = new Thread(() -> serve(socket, options, name), "session-" + name);
                session.setDaemon(true);
                session.start();
            }
        }
    }

    private static void serve(Socket socket, LaunchOptions options, String name) {
        try (socket) {
            Injector injector = Guice.createInjector(DynaDeployServerModule.create(ConnectionExitHandler.class));
            injector.getInstance(ConnectionExitHandler.class).setConnection(socket);
            DynaDeployLanguageServerImpl server = injector.getInstance(DynaDeployLanguageServerImpl.class);
            LanguageServerConnection.serve(server, socket.getInputStream(), socket.getOutputStream(), options.trace(), name);
        } catch (IOException | RuntimeException e) {
            LOG.warn("connection " + name + " ended: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("connection " + name + " closed");
    }
}
