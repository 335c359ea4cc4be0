package org.opora.core.impl.internal.exchange;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.opora.core.api.ListItem;
import org.opora.core.api.PersonName;
import org.opora.core.api.exchange.ImportIssue;

/** Shared helpers of the exchange tests: the message bundles, a school to import into, files built in memory. */
final class ExchangeTestSupport {

    /**
     * The bundle's messages: i18n/messages once merged into org.opora.core.impl, i18n/exchange in the scratch
     * project they were written in.
     */
    static final String BUNDLE = resource("i18n/messages.properties") ? "i18n/messages" : "i18n/exchange";

    static final ImportVocabulary VOCABULARY =
            ImportVocabulary.load(ExchangeTestSupport.class.getClassLoader(), BUNDLE);

    private static final List<Properties> LANGUAGES = List.of(messages(""), messages("_en"));

    private ExchangeTestSupport() {
    }

    /** Asserts that both languages have a text for the key, so that the user never sees a bare key. */
    static void assertMessage(String key) {
        for (Properties language : LANGUAGES) {
            assertNotNull(language.getProperty(key), "no text for " + key);
        }
    }

    static void assertMessages(Collection<ImportIssue> issues) {
        issues.forEach(issue -> assertMessage(issue.messageKey()));
    }

    /** One language of the bundle: "" for Russian, "_en" for English. */
    static Properties messages(String suffix) {
        String name = BUNDLE + suffix + ".properties";
        try (InputStream in = ExchangeTestSupport.class.getClassLoader().getResourceAsStream(name)) {
            assertNotNull(in, name);
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(String text, Charset charset) {
        return text.getBytes(charset);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A ZIP archive of the given parts, in order. */
    static byte[] zip(Map<String, String> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static Map<String, String> parts(String... nameAndContent) {
        Map<String, String> parts = new LinkedHashMap<>();
        for (int i = 0; i < nameAndContent.length; i += 2) {
            parts.put(nameAndContent[i], nameAndContent[i + 1]);
        }
        return parts;
    }

    private static boolean resource(String name) {
        return ExchangeTestSupport.class.getClassLoader().getResource(name) != null;
    }

    /** A school on 1 September 2025 with classes 5А and 7Б, one pupil and one account on record. */
    static final class School implements ImportContext {

        final Set<String> classes = new HashSet<>(Set.of("5А", "7Б"));
        final Set<String> takenUsernames = new HashSet<>(Set.of("petrova"));
        final Set<String> pupils = new HashSet<>(Set.of("Сидоров Пётр Ильич|2014-03-02"));
        final List<String> classQueries = new ArrayList<>();

        @Override
        public LocalDate today() {
            return LocalDate.of(2025, 9, 1);
        }

        @Override
        public int highestGrade() {
            return 11;
        }

        @Override
        public int minPupilAge() {
            return 5;
        }

        @Override
        public int maxPupilAge() {
            return 25;
        }

        @Override
        public List<ListItem> relations() {
            return List.of(new ListItem("mother", "Мать"), new ListItem("father", "Отец"),
                    new ListItem("guardian", "Опекун"));
        }

        @Override
        public List<ListItem> specialistTypes() {
            return List.of(new ListItem("psychologist", "Педагог-психолог"),
                    new ListItem("speech-therapist", "Учитель-логопед"),
                    new ListItem("social-pedagogue", "Социальный педагог"),
                    new ListItem("tutor", "Тьютор, наставник"));
        }

        @Override
        public boolean pupilExists(PersonName name, LocalDate birthDate) {
            return pupils.contains(name.full() + "|" + birthDate);
        }

        @Override
        public boolean usernameTaken(String username) {
            return takenUsernames.contains(username);
        }

        @Override
        public boolean classExists(String className) {
            classQueries.add(className);
            return classes.contains(className);
        }
    }
}
