package org.factdesk.workflow;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.factdesk.core.Refusal;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.LockAcquisitionException;

/**
 * Runs a change in its own transaction and, when another writer changed the same rows first,
 * runs it again on fresh data: the second run then sees the winner's change and refuses with a
 * reason instead of failing with a database error. The database decides who wins, so this holds
 * across app instances.
 */
public final class ConcurrentChanges {

    private static final int ATTEMPTS = 6;
    private static final int H2_CONCURRENT_UPDATE = 90131;
    private static final int H2_LOCK_TIMEOUT = 50200;

    private ConcurrentChanges() {
    }

    public static <T> T inOwnTransaction(Supplier<T> change) {
        if (QuarkusTransaction.isActive()) {
            return change.get();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return QuarkusTransaction.requiringNew().call(change::get);
            } catch (RuntimeException e) {
                Refusal refusal = refusalIn(e);
                if (refusal != null) {
                    throw refusal;
                }
                if (!isConcurrentChange(e)) {
                    throw e;
                }
                if (attempt == ATTEMPTS) {
                    throw Refusal.conflict("Someone else changed this claim at the same moment; reload it and try again.");
                }
                backOff(attempt);
            }
        }
    }

    static boolean isConcurrentChange(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException
                    || t instanceof PessimisticLockException || t instanceof LockTimeoutException
                    || t instanceof LockAcquisitionException || t instanceof ConstraintViolationException) {
                return true;
            }
            if (t instanceof SQLException sql && (isRetryableState(sql.getSQLState())
                    || sql.getErrorCode() == H2_CONCURRENT_UPDATE || sql.getErrorCode() == H2_LOCK_TIMEOUT)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isRetryableState(String sqlState) {
        // 40xxx: serialization failure or deadlock; 23505: a racing insert took the same unique key.
        return sqlState != null && (sqlState.startsWith("40") || sqlState.equals("23505"));
    }

    private static Refusal refusalIn(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Refusal refusal) {
                return refusal;
            }
        }
        return null;
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep((long) (Math.random() * 10 * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Refusal.conflict("The change was interrupted; try again.");
        }
    }
}
