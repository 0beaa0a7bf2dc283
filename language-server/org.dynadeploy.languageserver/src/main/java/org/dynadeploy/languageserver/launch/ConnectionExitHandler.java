package org.dynadeploy.languageserver.launch;

import java.io.Closeable;
import java.io.IOException;

import org.eclipse.xtext.ide.server.ILanguageServerShutdownAndExitHandler;

import com.google.inject.Singleton;

/**
 * 'exit' over TCP ends the connection, not the process: the server keeps listening for the next
 * client. The connection registers its socket once it is open.
 */
@Singleton
public class ConnectionExitHandler implements ILanguageServerShutdownAndExitHandler {

    private volatile Closeable connection;

    public void setConnection(Closeable connection) {
        this.connection = connection;
    }

    @Override
    public void shutdown() {
        // nothing to release before 'exit'
    }

    @Override
    public void exit() {
        Closeable current = connection;
        if (current != null) {
            try {
                current.close();
            } catch (IOException e) {
                // already closed by the client
            }
        }
    }
}
