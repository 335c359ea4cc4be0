package org.opora.core.api.exchange;

/** What a file imports. */
public enum ImportKind {
    PUPILS, STAFF
}
