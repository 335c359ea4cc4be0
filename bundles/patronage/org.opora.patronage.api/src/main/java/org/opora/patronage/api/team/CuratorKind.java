package org.opora.patronage.api.team;

/** Internal curators are staff of the school; external curators are people of another organisation (003 section 2.2). */
public enum CuratorKind {
    INTERNAL, EXTERNAL
}
