package org.factdesk.web.problem;

import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Tells a failure to reach the database (the pool had no connection free in time, or the server is
 * gone) from a fault in Factdesk: the first is worth retrying in a moment and is answered 503.
 */
final class DatabaseUnavailable {

    /** Seconds a client should wait before asking again. */
    static final int RETRY_AFTER_SECONDS = 5;

    private DatabaseUnavailable() {
    }

    static boolean isCauseOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JDBCConnectionException || t instanceof SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }
}
