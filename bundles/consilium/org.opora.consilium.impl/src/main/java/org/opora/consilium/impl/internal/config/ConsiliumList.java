package org.opora.consilium.impl.internal.config;

/** The consilium's configurable lists; {@link #key} is the part of the message keys of built-in labels. */
public enum ConsiliumList {
    SIGNS("sign"), MONITORING_KINDS("monitoring"), DECISION_TYPES("decision");

    private final String key;

    ConsiliumList(String key) {
        this.key = key;
    }

    /** {@code consilium.list.sign.crisis-state}. */
    public String key(String code) {
        return "consilium.list." + key + "." + code;
    }
}
