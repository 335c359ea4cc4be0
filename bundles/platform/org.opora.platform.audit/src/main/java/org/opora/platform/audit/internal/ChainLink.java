package org.opora.platform.audit.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * One journal entry as the chain sees it, and the chain's hash. The hash of an entry is SHA-256 over the canonical
 * encoding of its position, fields and the hash of the entry before it: each value, in this order — sequence number
 * (decimal), time (the stored wall-clock time, {@code uuuu-MM-dd HH:mm:ss.SSSSSSSSS}), actor, action, record type,
 * record id, summary, previous hash — as its UTF-8 bytes preceded by their number as four bytes, big-endian. The first
 * entry's previous hash is {@link #GENESIS}. The time is the wall-clock time the database stores, so the hash does
 * not depend on the time zone of the machine that checks it.
 *
 * @param id       the row's id (to name it in a report)
 * @param seq      the position in the chain, from 1; {@code null} for a row that was never chained
 * @param time     the stored time
 * @param prevHash the previous entry's hash as stored in this row
 * @param hash     this entry's hash as stored
 */
record ChainLink(long id, Long seq, Timestamp time, String actor, String action, String recordType, String recordId,
        String summary, String prevHash, String hash) {

    /** The previous hash of the first entry. */
    static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter WALL_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSSSSS");

    /** Whether the stored hash is the one the stored fields and the stored previous hash give. */
    boolean matches() {
        return seq != null && hash != null && prevHash != null
                && hash.equals(hash(seq, time, actor, action, recordType, recordId, summary, prevHash));
    }

    /** The hash of an entry with these values. */
    static String hash(long seq, Timestamp time, String actor, String action, String recordType, String recordId,
            String summary, String prevHash) {
        MessageDigest sha = sha256();
        LocalDateTime wall = time.toLocalDateTime();
        for (String value : new String[] { Long.toString(seq), WALL_TIME.format(wall), actor, action, recordType,
                recordId, summary, prevHash }) {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
            sha.update(bytes);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
