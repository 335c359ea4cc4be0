package org.opora.platform.admin.internal.texts;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

import org.opora.platform.api.audit.AuditAction;
import org.opora.platform.api.audit.AuditEvent;
import org.opora.platform.api.audit.AuditService;
import org.opora.platform.api.i18n.CatalogueEntry;
import org.opora.platform.api.i18n.MessageCatalogue;
import org.opora.platform.api.security.PlatformPermissions;
import org.opora.platform.api.security.SecurityContext;
import org.opora.platform.api.settings.SharedSettings;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The school's own texts over the modules' messages (clause citations, position titles, the fixed texts of printed
 * forms): searched in the {@link MessageCatalogue} of every started bundle, stored per language in the configuration
 * {@value MessageCatalogue#PID} ({@code ru.<key>}, {@code en.<key>}), which the platform's translator applies at
 * once. Changing them needs {@code platform.admin.settings}; every change is journaled first — a change the journal
 * cannot record is not made — and both languages of a key are checked before either is stored, through
 * {@link SharedSettings} so that every node of the installation shows them.
 */
public class SchoolTexts {

    /** The journal's record type of a change of the school's texts. */
    static final String RECORD_TYPE = "school-text";
    private static final Logger LOG = LoggerFactory.getLogger(SchoolTexts.class);

    private final MessageCatalogue catalogue;
    private final ConfigurationAdmin configurations;
    private final SharedSettings shared;
    private final AuditService audit;
    private final SecurityContext security;

    public SchoolTexts(MessageCatalogue catalogue, ConfigurationAdmin configurations, SharedSettings shared,
            AuditService audit, SecurityContext security) {
        this.catalogue = catalogue;
        this.configurations = configurations;
        this.shared = shared;
        this.audit = audit;
        this.security = security;
    }

    /**
     * The messages whose key or text (the module's or the school's, in either language) contains the query, case
     * ignored; all of them for a blank query; only those the school changed when {@code changedOnly}.
     */
    public List<CatalogueEntry> search(String query, boolean changedOnly) {
        security.requirePermission(PlatformPermissions.SETTINGS);
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        return catalogue.entries().stream()
                .filter(e -> !changedOnly || e.schoolRu() != null || e.schoolEn() != null)
                .filter(e -> q.isEmpty() || contains(q, e.key(), e.moduleRu(), e.moduleEn(), e.schoolRu(),
                        e.schoolEn()))
                .toList();
    }

    /** The message of the key as the catalogue has it now. */
    public Optional<CatalogueEntry> entry(String key) {
        return catalogue.entries().stream().filter(e -> e.key().equals(key)).findFirst();
    }

    private static boolean contains(String query, String... texts) {
        for (String t : texts) {
            if (t != null && t.toLowerCase(Locale.ROOT).contains(query)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Stores the school's texts of a key; a blank text (or one equal to the module's) means the module's text in that
     * language. Both are checked before anything is stored.
     *
     * @return whether anything changed
     * @throws TextRefused when a text may not be stored; nothing is stored then
     */
    public boolean save(String key, String ru, String en) {
        security.requirePermission(PlatformPermissions.SETTINGS);
        CatalogueEntry entry = entry(key).orElseThrow(() -> new TextRefused("ru", "admin.texts.error.gone", key));
        String newRu = own(ru, entry.moduleRu());
        String newEn = own(en, entry.moduleEn());
        if (newRu != null) {
            TextRule.check("ru", entry.moduleRu(), newRu);
        }
        if (newEn != null) {
            TextRule.check("en", entry.moduleEn() != null ? entry.moduleEn() : entry.moduleRu(), newEn);
        }
        return store(key, newRu, newEn);
    }

    /** Goes back to the module's texts of the key in both languages. */
    public boolean reset(String key) {
        security.requirePermission(PlatformPermissions.SETTINGS);
        return store(key, null, null);
    }

    /** A text to store: stripped, none for a blank one or one equal to the module's. */
    private static String own(String text, String module) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        return t.equals(module) ? null : t;
    }

    private boolean store(String key, String ru, String en) {
        try {
            Configuration configuration = configurations.getConfiguration(MessageCatalogue.PID, "?");
            Hashtable<String, Object> props = copy(configuration.getProperties());
            TreeSet<String> changed = new TreeSet<>();
            put(props, MessageCatalogue.property("ru", key), ru, changed);
            put(props, MessageCatalogue.property("en", key), en, changed);
            if (changed.isEmpty()) {
                return false;
            }
            // journaled first: a change the journal cannot record is not made (AuditUnavailableException)
            audit.record(new AuditEvent(AuditAction.ADMIN, RECORD_TYPE, key,
                    (ru == null && en == null ? "module's text: " : "school's text: ") + changed));
            shared.store(MessageCatalogue.PID, props);
            LOG.info("School texts changed: {}", changed);
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(Hashtable<String, Object> props, String property, String text, TreeSet<String> changed) {
        Object old = props.get(property);
        if (text == null) {
            if (old != null) {
                props.remove(property);
                changed.add(property);
            }
        } else if (!text.equals(old)) {
            props.put(property, text);
            changed.add(property);
        }
    }

    private static Hashtable<String, Object> copy(Dictionary<String, Object> stored) {
        Hashtable<String, Object> props = new Hashtable<>();
        if (stored != null) {
            for (Enumeration<String> keys = stored.keys(); keys.hasMoreElements();) {
                String k = keys.nextElement();
                props.put(k, stored.get(k));
            }
        }
        return props;
    }
}
