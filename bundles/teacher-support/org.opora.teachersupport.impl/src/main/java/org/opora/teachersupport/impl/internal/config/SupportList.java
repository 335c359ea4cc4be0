package org.opora.teachersupport.impl.internal.config;

/** The module's configurable lists; {@link #key} is the part of the message keys of built-in labels. */
public enum SupportList {
    DIFFICULTY_TYPES("difficulty"), DIAGNOSIS_SOURCES("source"), CHECKPOINT_KINDS("checkpoint"),
    HELP_FORMS("help"), EVIDENCE_KINDS("evidence");

    private final String key;

    SupportList(String key) {
        this.key = key;
    }

    /** {@code teachersupport.list.difficulty.methodological}. */
    public String key(String code) {
        return "teachersupport.list." + key + "." + code;
    }
}
