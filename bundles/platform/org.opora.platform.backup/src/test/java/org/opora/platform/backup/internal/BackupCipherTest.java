package org.opora.platform.backup.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.opora.platform.backup.internal.BackupCipher.BadBackupException;

class BackupCipherTest {

    private static final char[] PASSPHRASE = "correct horse battery".toCharArray();
    /** Few iterations keep the test fast; the format stores the count. */
    private static final int FAST = 1000;

    @Test
    void whatIsWrittenIsReadBackAcrossSegments() throws IOException {
        for (int size : new int[] { 0, 1, BackupCipher.SEGMENT - 1, BackupCipher.SEGMENT, 2 * BackupCipher.SEGMENT + 7 }) {
            byte[] plain = random(size);
            assertArrayEquals(plain, decrypt(encrypt(plain, PASSPHRASE), PASSPHRASE), "size " + size);
        }
    }

    @Test
    void theFileDoesNotContainThePlainText() throws IOException {
        byte[] plain = "Ivanova Marker Zyxwvut ".repeat(1000).getBytes(StandardCharsets.UTF_8);
        byte[] sealed = encrypt(plain, PASSPHRASE);
        assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("Zyxwvut"));
    }

    @Test
    void aWrongPassphraseIsRefused() throws IOException {
        byte[] sealed = encrypt(random(100), PASSPHRASE);
        BadBackupException e = assertThrows(BadBackupException.class,
                () -> decrypt(sealed, "wrong passphrase".toCharArray()));
        assertTrue(e.getMessage().contains("wrong passphrase"), e.getMessage());
    }

    @Test
    void aChangedByteIsRefused() throws IOException {
        byte[] sealed = encrypt(random(3 * BackupCipher.SEGMENT), PASSPHRASE);
        sealed[sealed.length - 100] ^= 1;
        assertThrows(BadBackupException.class, () -> decrypt(sealed, PASSPHRASE));
    }

    @Test
    void aFileCutOffAtASegmentBoundaryIsRefused() throws IOException {
        byte[] sealed = encrypt(random(2 * BackupCipher.SEGMENT + 10), PASSPHRASE);
        int header = BackupCipher.MAGIC.length + 1 + 4 + 16 + 8;
        int firstSegment = 4 + 1 + BackupCipher.SEGMENT + 16;
        byte[] cut = Arrays.copyOf(sealed, header + firstSegment);
        BadBackupException e = assertThrows(BadBackupException.class, () -> decrypt(cut, PASSPHRASE));
        assertTrue(e.getMessage().contains("incomplete"), e.getMessage());
    }

    @Test
    void aSegmentMarkedLastEarlierIsRefused() throws IOException {
        byte[] sealed = encrypt(random(2 * BackupCipher.SEGMENT + 10), PASSPHRASE);
        int header = BackupCipher.MAGIC.length + 1 + 4 + 16 + 8;
        sealed[header + 4] = 1; // the first segment claims to be the last: its associated data no longer fits
        assertThrows(BadBackupException.class, () -> decrypt(sealed, PASSPHRASE));
    }

    @Test
    void somethingElseIsNotTakenForABackup() {
        byte[] zip = "PK\u0003\u0004 not a backup at all, just some bytes".getBytes(StandardCharsets.ISO_8859_1);
        assertThrows(BadBackupException.class, () -> decrypt(zip, PASSPHRASE));
    }

    @Test
    void aShortPassphraseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> encrypt(new byte[1], "short".toCharArray()));
    }

    @Test
    void theSameContentEncryptsDifferentlyEachTime() throws IOException {
        byte[] plain = random(1000);
        assertFalse(Arrays.equals(encrypt(plain, PASSPHRASE), encrypt(plain, PASSPHRASE)));
        assertEquals(BackupCipher.ITERATIONS, 600_000);
    }

    private static byte[] encrypt(byte[] plain, char[] passphrase) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream sealing = BackupCipher.encrypt(out, passphrase, FAST)) {
            // in uneven pieces, as a ZIP writes
            for (int off = 0; off < plain.length; off += 70_001) {
                sealing.write(plain, off, Math.min(70_001, plain.length - off));
            }
        }
        return out.toByteArray();
    }

    private static byte[] decrypt(byte[] sealed, char[] passphrase) throws IOException {
        try (InputStream in = BackupCipher.decrypt(new ByteArrayInputStream(sealed), passphrase)) {
            return in.readAllBytes();
        }
    }

    private static byte[] random(int size) {
        byte[] b = new byte[size];
        new Random(size).nextBytes(b);
        return b;
    }
}
