package org.opora.platform.audit.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.config.CacheIsolationType;

/**
 * The chain's one head row: the newest link's position and hash. A writer ({@link SqlChain}) locks it (a database
 * row lock, so writers on several nodes sharing the database take turns too), appends after it and moves it in the
 * same transaction: two writers cannot both append after the same link. The check compares the chain's end with it, so removing the newest
 * lines shows. Its row is created by the changelog; never cached, always read from the database.
 */
@Entity
@Table(name = "AUDIT_CHAIN_HEAD")
@Cache(isolation = CacheIsolationType.ISOLATED)
public class ChainHead {

    /** The id of the one row. */
    static final int ROW = 1;

    @Id
    @Column(name = "ID")
    private Integer id;

    @Column(name = "LAST_SEQ", nullable = false)
    private long lastSeq;

    @Column(name = "LAST_HASH", nullable = false)
    private String lastHash;

    /** Whether the lines written before the chain existed (an upgraded installation) have been chained. */
    @Column(name = "LEGACY_CHAINED", nullable = false)
    private boolean legacyChained;

    protected ChainHead() {
        // for JPA
    }

    ChainSource.Head state() {
        return new ChainSource.Head(lastSeq, lastHash, legacyChained);
    }
}
