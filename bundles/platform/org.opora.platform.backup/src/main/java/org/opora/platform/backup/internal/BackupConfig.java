package org.opora.platform.backup.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The scheduled backup. Texts: {@code OSGI-INF/l10n/backup*.properties}. */
@ObjectClassDefinition(localization = "OSGI-INF/l10n/backup", name = "%backup.name",
        description = "%backup.description")
public @interface BackupConfig {

    @AttributeDefinition(name = "%backup.scheduled.name", description = "%backup.scheduled.description")
    boolean scheduled() default false;

    @AttributeDefinition(name = "%backup.hour.name", description = "%backup.hour.description", min = "0", max = "23")
    int hour() default 2;

    @AttributeDefinition(name = "%backup.minute.name", description = "%backup.minute.description", min = "0",
            max = "59")
    int minute() default 30;

    @AttributeDefinition(name = "%backup.folder.name", description = "%backup.folder.description", min = "1",
            max = "500")
    String folder() default "backup";

    @AttributeDefinition(name = "%backup.keep.name", description = "%backup.keep.description", min = "1",
            max = "1000")
    int keep() default 14;

    @AttributeDefinition(name = "%backup.postgresqlBin.name", description = "%backup.postgresqlBin.description",
            required = false, max = "500")
    String postgresqlBin() default "";
}
