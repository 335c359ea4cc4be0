package org.opora.platform.admin.internal.shell;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.opora.platform.admin.internal.config.Plan;
import org.opora.platform.admin.internal.config.Presets;
import org.opora.platform.admin.internal.config.SchoolConfiguration;
import org.opora.platform.admin.internal.config.Text;
import org.opora.platform.api.i18n.Translator;
import org.opora.platform.api.security.SystemWork;

/** Shows and applies a configuration file or a preset: all or nothing. */
@Service
@Command(scope = "opora", name = "config-import", description = "Shows what a configuration file (from "
        + "opora:config-export or the UI) or a preset would change and applies it: every setting and role, or, when "
        + "one is refused, none.")
public class ConfigImportCommand implements Action {

    @Reference
    SchoolConfiguration configuration;

    @Reference
    Translator translator;

    @Argument(index = 0, name = "file", description = "the configuration file (not with --preset)")
    String file;

    @Option(name = "--preset", description = "apply a shipped preset instead of a file: school-59, school-7, "
            + "school-41")
    String preset;

    @Option(name = "--preview", aliases = "-n", description = "only show what would change")
    boolean previewOnly;

    @Option(name = "--lang", description = "language of the messages: en (default) or ru")
    String lang = "en";

    @Override
    public Object execute() throws Exception {
        return SystemWork.call("console: opora:config-import", this::work);
    }

    private Object work() throws Exception {
        Locale locale = Locale.forLanguageTag("ru".equals(lang) ? "ru" : "en");
        if ((file == null) == (preset == null)) {
            System.out.println("Give either a file or --preset <id>.");
            return null;
        }
        Plan plan;
        String source;
        if (preset != null) {
            Presets.Preset p = configuration.preset(preset).orElse(null);
            if (p == null) {
                System.out.println("No preset " + preset + "; the presets are: " + configuration.presets().stream()
                        .map(Presets.Preset::id).toList());
                return null;
            }
            plan = configuration.plan(p, locale);
            source = "preset " + preset;
        } else {
            plan = configuration.plan(Files.readString(Path.of(file), StandardCharsets.UTF_8), locale);
            source = "file " + Path.of(file).getFileName();
        }
        if (!plan.valid()) {
            System.out.println(t("admin.config.preview.problems", locale));
            plan.problems().forEach(p -> System.out.println("  - " + p.in(translator, locale)));
            return null;
        }
        plan.notes().forEach(n -> System.out.println("  (" + n.in(translator, locale) + ")"));
        if (plan.unchanged()) {
            System.out.println(t("admin.config.preview.unchanged", locale));
            return null;
        }
        for (Plan.SettingsChange s : plan.settings()) {
            s.changes().forEach(c -> System.out.println("  " + s.name() + " / " + c.label() + ": "
                    + oneLine(c.before()) + " -> " + oneLine(c.after())));
        }
        for (Plan.RoleChange r : plan.roles()) {
            System.out.println("  role " + r.name() + (r.created() ? " (new)" : "") + ": +" + r.added() + " -"
                    + r.removed());
        }
        if (previewOnly) {
            System.out.println(t("admin.config.preview.count", locale, plan.size()));
            return null;
        }
        configuration.apply(plan, source);
        System.out.println(t("admin.config.applied", locale, plan.settings().size(), plan.roles().size()));
        return null;
    }

    private String t(String key, Locale locale, Object... params) {
        return Text.of(key, params).in(translator, locale);
    }

    private static String oneLine(String value) {
        return value.isBlank() ? "(empty)" : String.join("; ", value.lines().toList());
    }
}
