package org.factdesk.web.backup;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** Where backups of the H2 database are written. */
@ConfigMapping(prefix = "factdesk.backup")
public interface BackupSettings {

    /** FACTDESK_BACKUP_DIR: the folder of the backup files, on the desk's own machine. */
    @WithDefault("data/backups")
    Path dir();
}
