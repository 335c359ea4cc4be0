package org.opora.platform.backup.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * How many backups the backup folder keeps: after a scheduled backup the oldest files the backup made
 * ({@code opora-backup-<time>.obk}, named so that their names sort by time) beyond {@code keep} are deleted; other
 * files in the folder are never touched.
 */
final class Retention {

    static final String PREFIX = "opora-backup-";
    static final String SUFFIX = ".obk";

    private Retention() {
    }

    /** The oldest backups beyond the newest {@code keep}, oldest first: the ones to delete. */
    static List<Path> beyond(Path folder, int keep) throws IOException {
        List<Path> backups;
        try (Stream<Path> files = Files.list(folder)) {
            backups = files.filter(Retention::isBackup).sorted(Comparator.comparing(Path::toString)).toList();
        }
        return new ArrayList<>(backups.subList(0, Math.max(0, backups.size() - Math.max(1, keep))));
    }

    static boolean isBackup(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(PREFIX) && name.endsWith(SUFFIX) && Files.isRegularFile(file);
    }
}
