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
import org.opora.platform.admin.internal.config.SchoolConfiguration;
import org.opora.platform.api.security.SystemWork;

/** Writes the school's configuration (settings, roles and permissions) to a file. */
@Service
@Command(scope = "opora", name = "config-export", description = "Writes the school's configuration (every Opora "
        + "module's settings, the roles and their permissions; no passwords or secrets) to a file, to be imported "
        + "into another installation with opora:config-import.")
public class ConfigExportCommand implements Action {

    @Reference
    SchoolConfiguration configuration;

    @Argument(index = 0, name = "file", required = true, description = "the file to write, e.g. school.opora")
    String file;

    @Option(name = "--lang", description = "language of the comments in the file: ru (default) or en")
    String lang = "ru";

    @Override
    public Object execute() throws Exception {
        String text = SystemWork.call("console: opora:config-export",
                () -> configuration.export(Locale.forLanguageTag("en".equals(lang) ? "en" : "ru")));
        Path path = Path.of(file);
        Files.writeString(path, text, StandardCharsets.UTF_8);
        System.out.println("Configuration written to " + path.toAbsolutePath());
        return null;
    }
}
