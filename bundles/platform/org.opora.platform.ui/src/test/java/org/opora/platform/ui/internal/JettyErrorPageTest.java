package org.opora.platform.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.opora.platform.api.i18n.Translator;

class JettyErrorPageTest {

    private final JettyErrorPage page = new JettyErrorPage(new FileTranslator());

    @Test
    void aMalformedAddressIsExplainedInRussianThenEnglish() {
        String html = page.html(400, false);
        int russian = html.indexOf("Неверный адрес");
        int english = html.indexOf("Malformed address");
        assertTrue(russian > 0 && english > russian, html);
        assertTrue(html.contains("(код 400)") && html.contains("(code 400)"), html);
        assertTrue(html.contains("<a href=\"/\">На главную страницу</a>"), html);
        assertTrue(html.contains("<a href=\"/\">Go to the home page</a>"), html);
        assertFalse(html.contains("HTTP ERROR"), html);
    }

    @Test
    void englishComesFirstWhenTheBrowserPrefersIt() {
        assertTrue(JettyErrorPage.englishFirst(List.of("en-GB", "ru")));
        assertFalse(JettyErrorPage.englishFirst(List.of("ru-RU", "en")));
        assertFalse(JettyErrorPage.englishFirst(List.of("de", "fr")));
        assertFalse(JettyErrorPage.englishFirst(List.of()));
        String html = page.html(400, true);
        assertTrue(html.indexOf("Malformed address") < html.indexOf("Неверный адрес"), html);
        assertTrue(html.startsWith("<!DOCTYPE html>\n<html lang=\"en\">"), html);
    }

    @Test
    void eachStatusHasFittingWords() {
        assertEquals("malformed", JettyErrorPage.kind(400));
        assertEquals("malformed", JettyErrorPage.kind(431));
        assertEquals("malformed", JettyErrorPage.kind(414));
        assertEquals("refused", JettyErrorPage.kind(404));
        assertEquals("refused", JettyErrorPage.kind(405));
        assertEquals("server", JettyErrorPage.kind(500));
        assertEquals("server", JettyErrorPage.kind(503));
        assertTrue(page.html(503, false).contains("Ошибка сервера"));
        assertTrue(page.html(404, false).contains("Request not served"));
    }

    @Test
    void textsAreEscaped() {
        assertEquals("&lt;script&gt;&amp;&quot;&#39;", JettyErrorPage.escape("<script>&\"'"));
        JettyErrorPage hostile = new JettyErrorPage((key, locale, params) -> "<img src=x onerror=alert(1)>");
        assertFalse(hostile.html(400, false).contains("<img"));
    }

    /** The bundle's own message files, formatted as the registry formats them. */
    private static final class FileTranslator implements Translator {
        private final Properties russian = load("/i18n/messages.properties");
        private final Properties english = load("/i18n/messages_en.properties");

        @Override
        public String translate(String key, Locale locale, Object... params) {
            Properties texts = "en".equals(locale.getLanguage()) ? english : russian;
            String text = texts.getProperty(key);
            assertTrue(text != null, key + " in " + locale);
            return new MessageFormat(text, locale).format(params);
        }

        private static Properties load(String name) {
            try (InputStream in = JettyErrorPageTest.class.getResourceAsStream(name)) {
                Properties properties = new Properties();
                properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                return properties;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
