package org.opora.platform.backup.internal;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The encryption of a backup file: AES-256-GCM under a key derived from the backup passphrase with
 * PBKDF2-HMAC-SHA256 (a random salt per file). The content is cut into segments of 1 MiB, each sealed on its own with
 * a nonce made of a random per-file prefix and the segment's number, and with the file's header, the number and
 * whether it is the last as associated data: so a file of any size is read back in constant memory, and a segment
 * changed, swapped, dropped or cut off at the end is refused, as is a wrong passphrase. Plain JDK only, because the
 * restore tool runs it outside Karaf.
 *
 * <pre>
 * header:  "OPORA-BACKUP" 0x01 | iterations (int) | salt (16) | nonce prefix (8)
 * segment: length of the sealed bytes (int) | last (byte 0/1) | AES-GCM(plain) with its 16-byte tag
 * </pre>
 */
public final class BackupCipher {

    static final byte[] MAGIC = "OPORA-BACKUP".getBytes(StandardCharsets.US_ASCII);
    static final byte VERSION = 1;
    /** PBKDF2 work factor of new files (OWASP's figure for PBKDF2-HMAC-SHA256). */
    public static final int ITERATIONS = 600_000;
    static final int SEGMENT = 1 << 20;
    private static final int TAG_BITS = 128;
    private static final int SALT = 16;
    private static final int PREFIX = 8;
    private static final int MAX_ITERATIONS = 10_000_000;

    private BackupCipher() {
    }

    /** A stream that encrypts what is written to {@code out}; closing it writes the last segment and closes out. */
    public static OutputStream encrypt(OutputStream out, char[] passphrase) throws IOException {
        return encrypt(out, passphrase, ITERATIONS);
    }

    static OutputStream encrypt(OutputStream out, char[] passphrase, int iterations) throws IOException {
        requirePassphrase(passphrase);
        SecureRandom random = new SecureRandom();
        byte[] salt = new byte[SALT];
        byte[] prefix = new byte[PREFIX];
        random.nextBytes(salt);
        random.nextBytes(prefix);
        byte[] header = header(iterations, salt, prefix);
        out.write(header);
        return new Sealing(out, key(passphrase, salt, iterations), header, prefix);
    }

    /**
     * A stream of the plain content of an encrypted file. Reading fails with {@link BadBackupException} on a wrong
     * passphrase or a file that was changed or cut off.
     */
    public static InputStream decrypt(InputStream in, char[] passphrase) throws IOException {
        requirePassphrase(passphrase);
        DataInputStream data = new DataInputStream(in);
        byte[] magic = new byte[MAGIC.length];
        try {
            data.readFully(magic);
            if (!Arrays.equals(magic, MAGIC) || data.readByte() != VERSION) {
                throw new BadBackupException("not an Opora backup file (or of an unknown version)");
            }
            int iterations = data.readInt();
            if (iterations < 1 || iterations > MAX_ITERATIONS) {
                throw new BadBackupException("not an Opora backup file (bad header)");
            }
            byte[] salt = new byte[SALT];
            byte[] prefix = new byte[PREFIX];
            data.readFully(salt);
            data.readFully(prefix);
            return new Opening(data, key(passphrase, salt, iterations), header(iterations, salt, prefix), prefix);
        } catch (EOFException e) {
            throw new BadBackupException("not an Opora backup file (too short)");
        }
    }

    private static void requirePassphrase(char[] passphrase) {
        if (passphrase == null || passphrase.length < 8) {
            throw new IllegalArgumentException("The backup passphrase must have at least 8 characters");
        }
    }

    private static byte[] header(int iterations, byte[] salt, byte[] prefix) {
        ByteBuffer b = ByteBuffer.allocate(MAGIC.length + 1 + 4 + SALT + PREFIX);
        b.put(MAGIC).put(VERSION).putInt(iterations).put(salt).put(prefix);
        return b.array();
    }

    private static SecretKeySpec key(char[] passphrase, byte[] salt, int iterations) throws IOException {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            return new SecretKeySpec(key, "AES");
        } catch (GeneralSecurityException e) {
            throw new IOException("PBKDF2-HMAC-SHA256 is not available in this Java", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static Cipher cipher(int mode, SecretKeySpec key, byte[] header, byte[] prefix, int index, boolean last)
            throws GeneralSecurityException {
        byte[] nonce = ByteBuffer.allocate(12).put(prefix).putInt(index).array();
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        c.updateAAD(header);
        c.updateAAD(ByteBuffer.allocate(5).putInt(index).put((byte) (last ? 1 : 0)).array());
        return c;
    }

    /** Encrypts segment by segment; a full buffer is sealed only when more comes, so the last one is known. */
    private static final class Sealing extends FilterOutputStream {
        private final DataOutputStream data;
        private final SecretKeySpec key;
        private final byte[] header;
        private final byte[] prefix;
        private final byte[] buffer = new byte[SEGMENT];
        private int filled;
        private int index;
        private boolean closed;

        Sealing(OutputStream out, SecretKeySpec key, byte[] header, byte[] prefix) {
            super(out);
            this.data = new DataOutputStream(out);
            this.key = key;
            this.header = header;
            this.prefix = prefix;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] { (byte) b }, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            while (len > 0) {
                if (filled == SEGMENT) {
                    seal(false);
                }
                int n = Math.min(len, SEGMENT - filled);
                System.arraycopy(b, off, buffer, filled, n);
                filled += n;
                off += n;
                len -= n;
            }
        }

        private void seal(boolean last) throws IOException {
            try {
                byte[] sealed = cipher(Cipher.ENCRYPT_MODE, key, header, prefix, index, last).doFinal(buffer, 0, filled);
                data.writeInt(sealed.length);
                data.writeByte(last ? 1 : 0);
                data.write(sealed);
            } catch (GeneralSecurityException e) {
                throw new IOException("AES-GCM failed", e);
            }
            index++;
            filled = 0;
        }

        @Override
        public void flush() throws IOException {
            data.flush();
        }

        @Override
        public void close() throws IOException {
            if (!closed) {
                closed = true;
                try {
                    seal(true);
                    data.flush();
                } finally {
                    Arrays.fill(buffer, (byte) 0);
                    out.close();
                }
            }
        }
    }

    /** Decrypts segment by segment and checks that the last one came and nothing follows it. */
    private static final class Opening extends InputStream {
        private final DataInputStream in;
        private final SecretKeySpec key;
        private final byte[] header;
        private final byte[] prefix;
        private byte[] plain = new byte[0];
        private int pos;
        private int index;
        private boolean ended;

        Opening(DataInputStream in, SecretKeySpec key, byte[] header, byte[] prefix) {
            this.in = in;
            this.key = key;
            this.header = header;
            this.prefix = prefix;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (pos == plain.length) {
                if (ended) {
                    return -1;
                }
                next();
            }
            int n = Math.min(len, plain.length - pos);
            System.arraycopy(plain, pos, b, off, n);
            pos += n;
            return n;
        }

        private void next() throws IOException {
            int length;
            boolean last;
            byte[] sealed;
            try {
                length = in.readInt();
                if (length < 16 || length > SEGMENT + 16) {
                    throw new BadBackupException("the backup file is damaged (segment " + index + ")");
                }
                last = in.readByte() == 1;
                sealed = new byte[length];
                in.readFully(sealed);
            } catch (EOFException e) {
                throw new BadBackupException("the backup file is incomplete: it ends before its last part");
            }
            try {
                plain = cipher(Cipher.DECRYPT_MODE, key, header, prefix, index, last).doFinal(sealed);
            } catch (AEADBadTagException e) {
                throw new BadBackupException(index == 0 ? "wrong passphrase, or the backup file was changed"
                        : "the backup file was changed or damaged (part " + index + ")");
            } catch (GeneralSecurityException e) {
                throw new IOException("AES-GCM failed", e);
            }
            pos = 0;
            index++;
            if (last) {
                ended = true;
                if (in.read() != -1) {
                    throw new BadBackupException("the backup file has data after its last part");
                }
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    /** A backup file that cannot be read: wrong passphrase, changed, cut off, or not a backup at all. */
    public static final class BadBackupException extends IOException {
        private static final long serialVersionUID = 1L;

        public BadBackupException(String message) {
            super(message);
        }
    }
}
