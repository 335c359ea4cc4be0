package org.opora.platform.ui.internal;

import org.apache.felix.http.jetty.ConnectorFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.opora.platform.api.i18n.Translator;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

/**
 * Puts {@link JettyErrorPage} on Felix HTTP's Jetty server. Felix HTTP has no setting for the server's error handler;
 * its one hook that is handed the {@link Server} is the {@link ConnectorFactory} whiteboard, called each time Jetty
 * has started (also after a configuration change restarted it). The connector returned is a {@link LocalConnector}:
 * it opens no port and takes requests only from code in this JVM, which nothing here sends. When the component stops
 * (the bundle is updated), the server gets back the handler it had, so no page of a stopped bundle is left behind.
 */
@Component(service = ConnectorFactory.class)
public class JettyErrorPages implements ConnectorFactory {

    private final Translator translator;
    private Server server;
    private Request.Handler previous;
    private JettyErrorPage installed;

    @Activate
    public JettyErrorPages(@Reference Translator translator) {
        this.translator = translator;
    }

    @Override
    public synchronized Connector createConnector(Server jetty) {
        server = jetty;
        previous = jetty.getErrorHandler();
        installed = new JettyErrorPage(translator);
        jetty.setErrorHandler(installed);
        return new LocalConnector(jetty);
    }

    @Deactivate
    synchronized void deactivate() {
        if (server != null && server.getErrorHandler() == installed) {
            server.setErrorHandler(previous);
        }
        server = null;
        previous = null;
        installed = null;
    }
}
