package org.opora.core.impl.internal.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads parts of a ZIP archive held in memory, with caps on the inflated size so that a small "zip bomb" cannot
 * exhaust the server's memory or keep it busy.
 */
final class ZipEntries {

    private static final Logger LOG = LoggerFactory.getLogger(ZipEntries.class);
    private static final int MEGABYTE = 1024 * 1024;

    private final byte[] zip;
    private final long maxEntry;
    private final long maxTotal;

    /**
     * @param zip      the archive
     * @param maxEntry the largest inflated part that is read
     * @param maxTotal the most bytes inflated in one pass, parts skipped included (skipping inflates them too)
     */
    ZipEntries(byte[] zip, long maxEntry, long maxTotal) {
        this.zip = zip;
        this.maxEntry = maxEntry;
        this.maxTotal = maxTotal;
    }

    /**
     * The wanted parts that the archive has. Part names are compared as OOXML compares them: without a leading
     * slash, with forward slashes, ignoring case.
     *
     * @param names wanted part names in lower case
     * @throws TableFormatException {@code corrupt} for a damaged archive, {@code tooLarge} over a cap
     */
    Map<String, byte[]> read(Set<String> names) {
        Map<String, byte[]> parts = new HashMap<>();
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String name = normalize(entry.getName());
                ByteArrayOutputStream out = names.contains(name) ? new ByteArrayOutputStream() : null;
                total += copy(in, out, buffer, maxTotal - total);
                if (out != null) {
                    parts.put(name, out.toByteArray());
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // IllegalArgumentException: ZipInputStream's answer to an entry name that is not valid UTF-8
            LOG.debug("Damaged ZIP archive: {}", e.getClass().getSimpleName());
            throw new TableFormatException("core.import.file.corrupt");
        }
        return parts;
    }

    private long copy(InputStream in, ByteArrayOutputStream out, byte[] buffer, long totalLeft) throws IOException {
        long size = 0;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            size += n;
            if (size > maxEntry || size > totalLeft) {
                LOG.debug("ZIP part inflates to more than the cap");
                throw new TableFormatException("core.import.file.tooLarge", String.valueOf(maxEntry / MEGABYTE));
            }
            if (out != null) {
                out.write(buffer, 0, n);
            }
        }
        return size;
    }

    /** A part name as OOXML compares it. */
    static String normalize(String name) {
        String n = name.replace('\\', '/');
        while (n.startsWith("/")) {
            n = n.substring(1);
        }
        return n.toLowerCase(Locale.ROOT);
    }
}
