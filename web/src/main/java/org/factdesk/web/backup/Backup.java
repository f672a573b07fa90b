package org.factdesk.web.backup;

import java.time.Instant;

/** One backup file in the backup folder: its name, its size in bytes and when it was taken. */
public record Backup(String name, long size, Instant takenAt) {
}
