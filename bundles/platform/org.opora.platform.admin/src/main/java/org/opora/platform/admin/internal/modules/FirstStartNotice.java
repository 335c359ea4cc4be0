package org.opora.platform.admin.internal.modules;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.karaf.features.FeaturesService;
import org.opora.platform.api.i18n.Translator;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On the first start of an installation, tells the operator on the console (and in the log) which modules the
 * distribution offers, which ones this start installs ({@value #MODULES_PROPERTY}) and how to choose others.
 * A marker file under {@code data/} keeps it to the first start.
 */
@Component(immediate = true, service = {})
public class FirstStartNotice {

    static final String MODULES_PROPERTY = "opora.modules";
    static final String MARKER = "opora-first-start.txt";
    private static final Logger LOG = LoggerFactory.getLogger(FirstStartNotice.class);

    @Activate
    public FirstStartNotice(@Reference FeaturesService features, @Reference Translator translator,
            BundleContext context) {
        String data = context.getProperty("karaf.data");
        if (data == null) {
            return;
        }
        Path marker = Path.of(data, MARKER);
        if (Files.exists(marker)) {
            return;
        }
        try {
            String text = text(new ModuleCatalog(features).modules(), context.getProperty(MODULES_PROPERTY), translator);
            LOG.info("{}", text);
            PrintStream console = System.out;
            console.println();
            console.println(text);
            Files.writeString(marker, text + System.lineSeparator(), StandardCharsets.UTF_8);
        } catch (Exception e) {
            LOG.warn("The modules available could not be listed on the first start", e);
        }
    }

    /** The notice; in Russian, as the console of a Russian school's server is read. */
    static String text(List<Module> modules, String chosen, Translator translator) {
        Locale ru = Locale.forLanguageTag("ru");
        String available = modules.stream().filter(Module::removable)
                .map(m -> "  " + m.name() + " - " + m.title(ru)).collect(Collectors.joining(System.lineSeparator()));
        String installed = chosen == null || chosen.isBlank() ? "-" : chosen.strip();
        return translator.translate("admin.modules.firstStart", ru, available, installed, MODULES_PROPERTY);
    }
}
