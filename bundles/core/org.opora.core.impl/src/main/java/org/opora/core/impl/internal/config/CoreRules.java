package org.opora.core.impl.internal.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.opora.core.impl.internal.rules.DocumentRules;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/** The current rules, read by the services on every call so that a change in Settings applies at once. */
@Component(service = CoreRules.class, configurationPid = CoreRules.PID)
@Designate(ocd = RulesConfig.class)
public class CoreRules {

    public static final String PID = "org.opora.core.rules";

    private volatile RulesConfig config;

    @Activate
    public CoreRules(RulesConfig config) {
        this.config = config;
    }

    @Modified
    void modified(RulesConfig config) {
        this.config = config;
    }

    public int highestGrade() {
        return config.highestGrade();
    }

    public int minPupilAge() {
        return config.minPupilAge();
    }

    public int maxPupilAge() {
        return config.maxPupilAge();
    }

    public long maxFileBytes() {
        return config.maxFileMegabytes() * 1024L * 1024L;
    }

    public Set<String> fileTypes() {
        return Arrays.stream(config.fileTypes()).map(s -> s.strip().toLowerCase(Locale.ROOT))
                .filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Whether core.pupil.read opens every pupil of the school (as before pupils were read by class) rather than those
     * of the classes the user leads or teaches in.
     */
    public boolean teachersReadAllPupils() {
        return config.teachersReadAllPupils();
    }

    /** The reason written on graduates archived by the promotion; empty means the translated default. */
    public String graduateReason() {
        return config.graduateReason();
    }

    /** Which document types are confidential and how long each is kept (000 §6.1). */
    public DocumentRules documents() {
        RulesConfig c = config;
        return DocumentRules.of(c.confidentialDocumentTypes(), c.documentRetention());
    }
}
