package org.factdesk.web.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import org.factdesk.web.api.EventJson;
import org.factdesk.workflow.events.EventAppended;
import org.factdesk.workflow.events.ReviewEvent;

/** Queues a delivery per interested webhook for each event, inside the transaction that logs the event. */
@ApplicationScoped
public class WebhookOutbox {

    private final ObjectMapper json;
    private final Clock clock;

    WebhookOutbox(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    void enqueue(@Observes EventAppended appended) {
        ReviewEvent event = ReviewEvent.findById(appended.seq());
        Instant now = clock.instant();
        for (Webhook webhook : Webhook.activeOnes()) {
            if (webhook.wants(event.action)) {
                WebhookDelivery delivery = new WebhookDelivery();
                delivery.webhook = webhook;
                delivery.eventSeq = event.seq;
                delivery.action = event.action;
                delivery.payload = payloadOf(event);
                delivery.nextAttemptAt = now;
                delivery.createdAt = now;
                delivery.persist();
            }
        }
    }

    private String payloadOf(ReviewEvent event) {
        try {
            return json.writeValueAsString(EventJson.of(event));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An event could not be written as JSON", e);
        }
    }
}
