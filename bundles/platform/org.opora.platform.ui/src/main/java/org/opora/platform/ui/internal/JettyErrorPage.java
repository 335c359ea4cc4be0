package org.opora.platform.ui.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.opora.platform.api.i18n.Translator;

/**
 * The page of every error Jetty answers itself, before any servlet of the intranet runs: a malformed address
 * ({@code %00}, bad percent-encoding, an ambiguous segment such as {@code /%2e%2e/}), over-long headers, a failure
 * inside Jetty. Plain HTML without Vaadin, in Russian with English below (English first when the browser prefers
 * it and Jetty has the request's headers: for a request it could not parse it passes none), with the status code
 * kept, the intranet's security headers, a link to the home page, and nothing of the request echoed (Jetty's own
 * page shows its reason and the address).
 */
final class JettyErrorPage extends ErrorHandler {

    private final Translator translator;

    JettyErrorPage(Translator translator) {
        this.translator = translator;
    }

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
            Callback callback) throws IOException {
        HttpFields.Mutable headers = response.getHeaders();
        SecurityHeaders.headers(request.isSecure()).forEach(headers::put);
        headers.put(new HttpField(HttpHeader.CONTENT_TYPE, "text/html;charset=utf-8"));
        byte[] body = html(code, englishFirst(request.getHeaders().getQualityCSV(HttpHeader.ACCEPT_LANGUAGE)))
                .getBytes(StandardCharsets.UTF_8);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** Whether the browser's first language is English rather than Russian. */
    static boolean englishFirst(List<String> acceptLanguage) {
        for (String tag : acceptLanguage) {
            String language = Locale.forLanguageTag(tag.trim()).getLanguage();
            if ("ru".equals(language)) {
                return false;
            }
            if ("en".equals(language)) {
                return true;
            }
        }
        return false;
    }

    /** The page: a section per language, each with the title, the explanation and the link home. */
    String html(int code, boolean englishFirst) {
        List<Locale> order = englishFirst ? List.of(I18nRegistry.ENGLISH, I18nRegistry.RUSSIAN)
                : List.of(I18nRegistry.RUSSIAN, I18nRegistry.ENGLISH);
        String kind = kind(code);
        StringBuilder html = new StringBuilder(1024).append("<!DOCTYPE html>\n<html lang=\"")
                .append(order.get(0).getLanguage()).append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(escape(text("platform.error.request." + kind + ".title", order.get(0), code)))
                .append("</title><style>body{font-family:sans-serif;max-width:40em;margin:2em auto;padding:0 1em;")
                .append("color:#1a1a1a;overflow-wrap:anywhere}section+section{border-top:1px solid #ccc;")
                .append("margin-top:2em;color:#444}</style></head><body>");
        for (Locale locale : order) {
            html.append("<section lang=\"").append(locale.getLanguage()).append("\"><h1>")
                    .append(escape(text("platform.error.request." + kind + ".title", locale, code)))
                    .append("</h1><p>").append(escape(text("platform.error.request." + kind + ".text", locale, code)))
                    .append("</p><p><a href=\"/\">").append(escape(text("platform.error.request.home", locale, code)))
                    .append("</a></p></section>");
        }
        return html.append("</body></html>\n").toString();
    }

    /** Which explanation fits the status: a malformed request, another refusal, or a failure of the server. */
    static String kind(int code) {
        if (code == 400 || code == 414 || code == 431 || code == 505) {
            return "malformed";
        }
        return code >= 500 ? "server" : "refused";
    }

    private String text(String key, Locale locale, int code) {
        return translator.translate(key, locale, String.valueOf(code));
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
