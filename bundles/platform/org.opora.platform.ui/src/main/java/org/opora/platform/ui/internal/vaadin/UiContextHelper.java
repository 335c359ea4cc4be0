package org.opora.platform.ui.internal.vaadin;

import java.net.URL;
import java.net.URLConnection;
import java.util.Locale;
import java.util.Map;

import org.osgi.framework.Bundle;
import org.osgi.service.servlet.context.ServletContextHelper;

/**
 * The UI's own servlet context. The whiteboard's default context returns no MIME types, and browsers refuse
 * module scripts served without one; it also exposes nothing of the bundle through {@code getResource}.
 */
public final class UiContextHelper extends ServletContextHelper {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("js", "text/javascript"), Map.entry("mjs", "text/javascript"),
            Map.entry("css", "text/css"), Map.entry("html", "text/html"),
            Map.entry("json", "application/json"), Map.entry("map", "application/json"),
            Map.entry("webmanifest", "application/manifest+json"),
            Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"), Map.entry("woff", "font/woff"),
            Map.entry("woff2", "font/woff2"), Map.entry("ttf", "font/ttf"), Map.entry("pdf", "application/pdf"));

    public UiContextHelper(Bundle bundle) {
        super(bundle);
    }

    @Override
    public URL getResource(String name) {
        return null;
    }

    @Override
    public String getMimeType(String name) {
        int dot = name.lastIndexOf('.');
        if (dot >= 0) {
            String type = TYPES.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
            if (type != null) {
                return type;
            }
        }
        return URLConnection.guessContentTypeFromName(name);
    }
}
