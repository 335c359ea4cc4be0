package org.opora.platform.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import com.vaadin.flow.i18n.I18NProvider;

import org.opora.platform.api.i18n.CatalogueEntry;
import org.opora.platform.api.i18n.MessageCatalogue;
import org.opora.platform.api.i18n.Translator;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
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
 * <p>
 * Over the modules' texts lie the school's own ({@link MessageCatalogue}, configuration {@value MessageCatalogue#PID},
 * one property {@code <language>.<key>} a text), taken at once when the configuration changes. The order of lookup
 * for a language: the school's text, the module's; for English then the school's and the module's Russian text. A
 * school text that cannot be formatted (the administration refuses such texts; a hand-edited file may still bring
 * one) gives way to the module's.
 */
@Component(service = {I18nRegistry.class, Translator.class, MessageCatalogue.class}, immediate = true,
        configurationPid = MessageCatalogue.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class I18nRegistry implements I18NProvider, Translator, MessageCatalogue, BundleTrackerCustomizer<Long> {

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
    /** bundle id → symbolic name, for the catalogue */
    private final Map<Long, String> symbolicNames = new ConcurrentHashMap<>();
    private final transient BundleTracker<Long> tracker;
    /** language → key → the school's text */
    private volatile Map<String, Map<String, String>> school = Map.of();

    @Activate
    public I18nRegistry(BundleContext context, Map<String, Object> configuration) {
        modified(configuration);
        tracker = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, this);
        tracker.open();
    }

    /** Takes the school's texts from the configuration: {@code ru.<key>} and {@code en.<key>}, blank ones ignored. */
    @Modified
    void modified(Map<String, Object> configuration) {
        Map<String, Map<String, String>> texts = new HashMap<>();
        for (String lang : LANGUAGES) {
            texts.put(lang, new HashMap<>());
        }
        if (configuration != null) {
            configuration.forEach((name, value) -> {
                int dot = name.indexOf('.');
                Map<String, String> byKey = dot < 0 ? null : texts.get(name.substring(0, dot));
                if (byKey != null && value instanceof String text && !text.isBlank() && dot < name.length() - 1) {
                    byKey.put(name.substring(dot + 1), text);
                }
            });
        }
        texts.replaceAll((lang, byKey) -> Map.copyOf(byKey));
        school = Map.copyOf(texts);
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
        String own = school.get(lang).get(key);
        String text = lookup(key, lang);
        if (own == null && text == null && !"ru".equals(lang)) {
            own = school.get("ru").get(key);
            text = lookup(key, "ru");
        }
        if (own != null) {
            try {
                return format(own, locale, params);
            } catch (IllegalArgumentException e) {
                LOG.warn("The school's text of {} cannot be formatted, the module's is shown: {}", key, e.getMessage());
            }
        }
        if (text == null) {
            LOG.debug("No message for key {}", key);
            return key;
        }
        return format(text, locale, params);
    }

    private static String format(String text, Locale locale, Object... params) {
        return params == null || params.length == 0 ? text : new MessageFormat(text, locale).format(params);
    }

    @Override
    public List<CatalogueEntry> entries() {
        Map<String, CatalogueEntry> entries = new TreeMap<>();
        Map<String, Map<String, String>> own = school;
        for (Map.Entry<Long, Map<String, Properties>> bundle : messages.entrySet()) {
            Properties ru = bundle.getValue().getOrDefault("ru", new Properties());
            Properties en = bundle.getValue().getOrDefault("en", new Properties());
            List<String> keys = new ArrayList<>(ru.stringPropertyNames());
            en.stringPropertyNames().stream().filter(k -> !ru.containsKey(k)).forEach(keys::add);
            String name = symbolicNames.getOrDefault(bundle.getKey(), String.valueOf(bundle.getKey()));
            for (String key : keys) {
                entries.putIfAbsent(key, new CatalogueEntry(key, name, ru.getProperty(key), en.getProperty(key),
                        own.get("ru").get(key), own.get("en").get(key)));
            }
        }
        return List.copyOf(entries.values());
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
        symbolicNames.put(bundle.getBundleId(), String.valueOf(bundle.getSymbolicName()));
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
        symbolicNames.remove(id);
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
