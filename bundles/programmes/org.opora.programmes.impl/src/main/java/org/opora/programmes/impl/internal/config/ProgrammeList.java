package org.opora.programmes.impl.internal.config;

/** The module's configurable lists; {@link #key} is the part of the message keys of built-in labels. */
public enum ProgrammeList {
    RISK_CATEGORIES("risk"), HELP_DIRECTIONS("direction"), ACTIVITY_TARGETS("target"), PLAN_CHOICE_KINDS("choice");

    private final String key;

    ProgrammeList(String key) {
        this.key = key;
    }

    /** {@code programmes.list.risk.high-suicide-risk}. */
    public String key(String code) {
        return "programmes.list." + key + "." + code;
    }
}
