package org.factdesk.web.api;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.CompletableFuture;
import org.factdesk.workflow.events.EventAppended;

/**
 * Wakes long-polling readers of the change feed when an event is committed in this instance.
 * Commits in other instances are found by the feed's periodic re-check instead.
 */
@ApplicationScoped
public class ChangeFeedSignal {

    private CompletableFuture<Void> nextCommit = new CompletableFuture<>();

    /** Completes at the next commit that appends an event. Take it before reading, so none is missed. */
    public synchronized Uni<Void> nextCommit() {
        // Each waiter gets its own dependent stage: a waiter that times out cancels only that one.
        CompletableFuture<Void> mine = nextCommit.thenApply(ignored -> null);
        return Uni.createFrom().completionStage(mine);
    }

    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventAppended appended) {
        CompletableFuture<Void> woken;
        synchronized (this) {
            woken = nextCommit;
            nextCommit = new CompletableFuture<>();
        }
        woken.complete(null);
    }
}
