package org.opora.platform.backup.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RetentionTest {

    @TempDir
    Path folder;

    @Test
    void theNewestAreKeptAndOtherFilesAreNotTouched() throws IOException {
        for (String name : List.of("opora-backup-20260101-023000.obk", "opora-backup-20260102-023000.obk",
                "opora-backup-20260103-023000.obk", "opora-backup-20260104-023000.obk", "notes.txt",
                "opora-backup-20251231-023000.obk.part")) {
            Files.writeString(folder.resolve(name), name);
        }
        List<Path> deleted = Retention.beyond(folder, 2);
        assertEquals(List.of("opora-backup-20260101-023000.obk", "opora-backup-20260102-023000.obk"),
                deleted.stream().map(p -> p.getFileName().toString()).toList());
        for (Path p : deleted) {
            Files.delete(p);
        }
        try (Stream<Path> left = Files.list(folder)) {
            assertEquals(List.of("notes.txt", "opora-backup-20251231-023000.obk.part",
                    "opora-backup-20260103-023000.obk", "opora-backup-20260104-023000.obk"),
                    left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void theNextRunIsTodayOrTomorrow() {
        ZonedDateTime morning = ZonedDateTime.of(2026, 3, 10, 1, 0, 0, 0, ZoneId.of("Europe/Moscow"));
        assertEquals(Duration.ofMinutes(90), OnlineBackup.untilNext(morning, 2, 30));
        assertEquals(Duration.ofHours(23), OnlineBackup.untilNext(morning.withHour(3), 2, 0));
        assertEquals(Duration.ofDays(1), OnlineBackup.untilNext(morning.withHour(2).withMinute(30), 2, 30));
    }
}
