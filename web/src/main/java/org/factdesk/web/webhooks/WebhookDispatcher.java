package org.factdesk.web.webhooks;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.factdesk.web.metrics.DeskMetrics;
import org.jboss.logging.Logger;

/**
 * Sends due deliveries, signed, and retries failures with a doubling wait. Each delivery is taken
 * with a conditional update first, so two instances never send the same one at the same time.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final int BATCH = 20;

    private final WebhookSettings settings;
    private final Clock clock;
    private final DeskMetrics metrics;
    private final HttpClient http;

    WebhookDispatcher(WebhookSettings settings, Clock clock, DeskMetrics metrics) {
        this.settings = settings;
        this.clock = clock;
        this.metrics = metrics;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Scheduled(every = "${factdesk.webhooks.poll-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sendDue() {
        List<Long> due = QuarkusTransaction.requiringNew().call(() -> WebhookDelivery.dueIds(clock.instant(), BATCH));
        for (long id : due) {
            if (take(id)) {
                send(id);
            }
        }
    }

    private boolean take(long id) {
        Instant now = clock.instant();
        Instant until = now.plus(settings.timeout()).plusSeconds(30);
        return QuarkusTransaction.requiringNew().call(() -> WebhookDelivery.update(
                "lockedUntil = ?1 where id = ?2 and deliveredAt is null and givenUpAt is null "
                        + "and (lockedUntil is null or lockedUntil < ?3)", until, id, now) == 1);
    }

    private void send(long id) {
        Outgoing outgoing = QuarkusTransaction.requiringNew().call(() -> {
            WebhookDelivery delivery = WebhookDelivery.findById(id);
            return new Outgoing(delivery.webhook.url, delivery.webhook.secret, delivery.payload, delivery.action, delivery.eventSeq);
        });
        int status;
        String error = null;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(outgoing.url()))
                    .timeout(settings.timeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Factdesk-Webhooks")
                    .header("X-Factdesk-Event", outgoing.action())
                    .header("X-Factdesk-Delivery", Long.toString(id))
                    .header(WebhookSignature.HEADER, WebhookSignature.of(outgoing.payload(), outgoing.secret()))
                    .POST(HttpRequest.BodyPublishers.ofString(outgoing.payload()))
                    .build();
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException | IllegalArgumentException e) {
            status = 0;
            error = e.getClass().getSimpleName() + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        record(id, status, error);
    }

    private void record(long id, int status, String error) {
        Instant now = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> {
            WebhookDelivery delivery = WebhookDelivery.findById(id);
            delivery.attempts++;
            delivery.lastStatus = status == 0 ? null : status;
            delivery.lockedUntil = null;
            if (status >= 200 && status < 300) {
                delivery.deliveredAt = now;
                delivery.lastError = null;
                metrics.webhookAttempt("delivered");
                return;
            }
            delivery.lastError = truncate(error != null ? error : "The receiver answered " + status + ".");
            if (delivery.attempts >= settings.maxAttempts()) {
                delivery.givenUpAt = now;
                metrics.webhookAttempt("failed");
                LOG.warnf("Gave up webhook delivery %d after %d attempts: %s", id, delivery.attempts, delivery.lastError);
            } else {
                delivery.nextAttemptAt = now.plus(waitAfter(delivery.attempts));
                metrics.webhookAttempt("retry");
            }
        });
    }

    /** 1st retry after the first wait, then twice as long each time, up to the longest wait. */
    Duration waitAfter(int attempts) {
        Duration wait = settings.firstRetryAfter().multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(settings.longestWait()) > 0 ? settings.longestWait() : wait;
    }

    private static String truncate(String text) {
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }

    private record Outgoing(String url, String secret, String payload, String action, long eventSeq) {
    }
}
