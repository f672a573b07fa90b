package org.factdesk.web.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.factdesk.core.claim.Claim;
import org.factdesk.core.claim.ReviewState;
import org.factdesk.workflow.events.EventAppended;
import org.factdesk.workflow.events.ReviewEvent;

/**
 * The desk's own figures at /q/metrics, beside the request latencies Quarkus records:
 * committed actions by kind, and how many claims stand in each review state.
 */
@ApplicationScoped
public class DeskMetrics {

    private final MeterRegistry registry;
    private final ConcurrentMap<String, Counter> actions = new ConcurrentHashMap<>();

    DeskMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void registerQueueDepth(@Observes StartupEvent start) {
        for (ReviewState state : ReviewState.values()) {
            Gauge.builder("factdesk.claims", () -> QuarkusTransaction.requiringNew().call(() -> Claim.countInState(state)))
                    .tag("state", state.name())
                    .description("Claims in this review state")
                    .register(registry);
        }
    }

    void countCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventAppended appended) {
        String action = QuarkusTransaction.requiringNew().call(() -> ReviewEvent.<ReviewEvent>findById(appended.seq()).action);
        actions.computeIfAbsent(action, name -> Counter.builder("factdesk.actions")
                .tag("action", name).description("Committed actions on claims, by kind").register(registry)).increment();
    }

    /** Webhook delivery attempts by outcome: delivered, retry or failed (given up). */
    public void webhookAttempt(String outcome) {
        registry.counter("factdesk.webhook.deliveries", "outcome", outcome).increment();
    }
}
