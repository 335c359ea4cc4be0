package org.opora.platform.api.i18n;

/**
 * One message of a module with the school's own texts over it (1.1).
 *
 * @param key      the message key, e.g. {@code programmes.error.duration}
 * @param bundle   the symbolic name of the bundle that brings it
 * @param moduleRu the module's Russian text, or {@code null}
 * @param moduleEn the module's English text, or {@code null} (English then falls back to Russian)
 * @param schoolRu the school's Russian text, or {@code null} when the module's applies
 * @param schoolEn the school's English text, or {@code null} when the module's applies
 */
public record CatalogueEntry(String key, String bundle, String moduleRu, String moduleEn, String schoolRu,
        String schoolEn) {

    /** The module's text in the language ({@code ru}, {@code en}), or {@code null}. */
    public String module(String language) {
        return "en".equals(language) ? moduleEn : moduleRu;
    }

    /** The school's text in the language, or {@code null} when the module's applies. */
    public String school(String language) {
        return "en".equals(language) ? schoolEn : schoolRu;
    }

    /** The text shown in the language: the school's, else the module's, else (English) the Russian one. */
    public String effective(String language) {
        String school = school(language);
        if (school != null) {
            return school;
        }
        String module = module(language);
        return module != null || "ru".equals(language) ? module : effective("ru");
    }
}
