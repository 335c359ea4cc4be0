package org.opora.platform.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import com.vaadin.flow.i18n.I18NProvider;

import org.opora.platform.api.i18n.Translator;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.util.tracker.BundleTracker;
import org.osgi.util.tracker.BundleTrackerCustomizer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Vaadin's {@link I18NProvider} over the message bundles of every started bundle that names them in its
 * {@value #HEADER} header ({@code i18n/messages} → {@code i18n/messages.properties} in Russian, the default, and
 * {@code i18n/messages_en.properties}). Keys are namespaced by module ({@code core.*}, {@code admin.*}); a key
 * defined by two bundles gives either text, so keep to the namespace.
 * <p>
 * The texts of a bundle that stops are kept, by symbolic name, until a bundle of that name starts again: while a
 * module is being removed its views, navigation entries and notices may still be rendered in open sessions (the
 * route goes after the texts, in no guaranteed order), and they must never show a bare key.
 */
@Component(service = {I18nRegistry.class, Translator.class}, immediate = true)
public class I18nRegistry implements I18NProvider, Translator, BundleTrackerCustomizer<Long> {

    /** Bundle header naming the base of the bundle's message files. */
    public static final String HEADER = "Opora-I18n";
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(I18nRegistry.class);

    /**
     * bundle id → language → messages, in the order the bundles were installed: should two bundles bring the same key
     * (the build refuses that for Opora's own bundles), the earlier one's text is used, not a random one.
     */
    private final Map<Long, Map<String, Properties>> messages = new java.util.concurrent.ConcurrentSkipListMap<>();
    /** symbolic name → language → messages of bundles that stopped */
    private final Map<String, Map<String, Properties>> departed = new ConcurrentHashMap<>();
    private final transient BundleTracker<Long> tracker;

    @Activate
    public I18nRegistry(BundleContext context) {
        tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, this);
        tracker.open();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(RUSSIAN, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String lang = locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "ru";
        String text = lookup(key, lang);
        if (text == null && !"ru".equals(lang)) {
            text = lookup(key, "ru");
        }
        if (text == null) {
            LOG.debug("No message for key {}", key);
            return key;
        }
        return params == null || params.length == 0 ? text : new MessageFormat(text, locale).format(params);
    }

    @Override
    public String translate(String key, Locale locale, Object... params) {
        return getTranslation(key, locale, params);
    }

    private String lookup(String key, String lang) {
        String text = lookup(messages.values(), key, lang);
        return text != null ? text : lookup(departed.values(), key, lang);
    }

    private static String lookup(Iterable<Map<String, Properties>> bundles, String key, String lang) {
        for (Map<String, Properties> byLang : bundles) {
            Properties p = byLang.get(lang);
            if (p != null) {
                String v = p.getProperty(key);
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    @Override
    public Long addingBundle(Bundle bundle, BundleEvent event) {
        String base = bundle.getHeaders("").get(HEADER);
        if (base == null) {
            return null;
        }
        Map<String, Properties> byLang = new ConcurrentHashMap<>();
        load(bundle, base + ".properties").ifPresent(p -> byLang.put("ru", p));
        load(bundle, base + "_en.properties").ifPresent(p -> byLang.put("en", p));
        warnAboutKeysTakenBefore(bundle, byLang.get("ru"));
        messages.put(bundle.getBundleId(), byLang);
        departed.remove(bundle.getSymbolicName());
        return bundle.getBundleId();
    }

    /** A module whose keys another bundle already has would show that bundle's texts: tell the operator. */
    private void warnAboutKeysTakenBefore(Bundle bundle, Properties own) {
        if (own == null) {
            return;
        }
        messages.forEach((id, byLang) -> {
            Properties other = byLang.get("ru");
            if (other != null && id < bundle.getBundleId()) {
                List<String> taken = own.stringPropertyNames().stream().filter(other::containsKey).sorted().toList();
                if (!taken.isEmpty()) {
                    LOG.warn("{} brings {} message key(s) that bundle {} has already, e.g. {}; that bundle's texts are"
                            + " shown", bundle.getSymbolicName(), taken.size(), id, taken.get(0));
                }
            }
        });
    }

    @Override
    public void modifiedBundle(Bundle bundle, BundleEvent event, Long id) {
        // messages do not change while a bundle runs
    }

    @Override
    public void removedBundle(Bundle bundle, BundleEvent event, Long id) {
        Map<String, Properties> byLang = messages.remove(id);
        if (byLang != null && bundle.getSymbolicName() != null) {
            departed.put(bundle.getSymbolicName(), byLang);
        }
    }

    private static java.util.Optional<Properties> load(Bundle bundle, String path) {
        URL url = bundle.getEntry(path);
        if (url == null) {
            return java.util.Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = url.openStream()) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.error("Messages {} of {} could not be read", path, bundle.getSymbolicName(), e);
        }
        return java.util.Optional.of(p);
    }
}
