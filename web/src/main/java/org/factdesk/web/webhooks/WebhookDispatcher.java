package org.factdesk.web.webhooks;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.factdesk.web.metrics.DeskMetrics;
import org.jboss.logging.Logger;

/**
 * Sends due deliveries, signed, and retries failures with a doubling wait. Each delivery is taken
 * with a conditional update first, so two instances never send the same one at the same time.
 *
 * <p>The receiver's host is looked up and checked by the {@link ReceiverGuard} before every attempt,
 * and the request connects to an address it checked: the Vert.x client is told the server to connect
 * to, and takes the url's host only for the Host header, TLS server name and certificate check, so a
 * name cannot answer differently between the check and the connection. Redirects are never followed.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final int BATCH = 20;

    private final WebhookSettings settings;
    private final Clock clock;
    private final DeskMetrics metrics;
    private final ReceiverGuard guard;
    private final HttpClient http;

    WebhookDispatcher(WebhookSettings settings, Clock clock, DeskMetrics metrics, ReceiverGuard guard, Vertx vertx) {
        this.settings = settings;
        this.clock = clock;
        this.metrics = metrics;
        this.guard = guard;
        this.http = vertx.createHttpClient(new HttpClientOptions()
                .setVerifyHost(true)
                .setForceSni(true));
    }

    @PreDestroy
    void close() {
        http.close();
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
        Attempt attempt;
        try {
            attempt = attempt(id, outgoing);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } catch (RuntimeException e) {
            attempt = Attempt.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        record(id, attempt);
    }

    /** Checks the receiver, then sends to an address the check returned. */
    private Attempt attempt(long id, Outgoing outgoing) throws InterruptedException {
        URI url;
        try {
            url = new URI(outgoing.url());
        } catch (URISyntaxException e) {
            return Attempt.refused("Not sent: the webhook's address is not a URL.");
        }
        List<InetAddress> addresses;
        try {
            addresses = guard.addressesFor(url);
        } catch (ReceiverGuard.Refused e) {
            return Attempt.refused("Not sent: " + e.getMessage());
        } catch (UnknownHostException e) {
            return Attempt.failed("The name \"" + ReceiverGuard.hostOf(url) + "\" does not resolve to any address now.");
        }
        return post(id, outgoing, url, addresses.get(0));
    }

    private Attempt post(long id, Outgoing outgoing, URI url, InetAddress address) throws InterruptedException {
        boolean https = "https".equals(url.getScheme());
        int port = url.getPort() != -1 ? url.getPort() : https ? 443 : 80;
        long timeout = settings.timeout().toMillis();
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setAbsoluteURI(outgoing.url())
                // The first checked address, as a name's first address is the one the JDK would use.
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(address, port)))
                .setFollowRedirects(false)
                .setConnectTimeout(timeout)
                .setIdleTimeout(timeout)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .putHeader(HttpHeaders.USER_AGENT, "Factdesk-Webhooks")
                .putHeader("X-Factdesk-Event", outgoing.action())
                .putHeader("X-Factdesk-Delivery", Long.toString(id))
                .putHeader(WebhookSignature.HEADER, WebhookSignature.of(outgoing.payload(), outgoing.secret()));
        try {
            return http.request(request)
                    .compose(sent -> sent.send(Buffer.buffer(outgoing.payload())))
                    .compose(answer -> answer.end().map(done -> Attempt.answered(answer.statusCode(),
                            answer.getHeader(HttpHeaders.LOCATION))))
                    .toCompletionStage().toCompletableFuture()
                    .get(2 * timeout, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            return Attempt.failed(cause.getClass().getSimpleName() + ": " + cause.getMessage());
        } catch (TimeoutException e) {
            return Attempt.failed("The receiver did not answer within " + timeout + " ms.");
        }
    }

    private void record(long id, Attempt attempt) {
        Instant now = clock.instant();
        QuarkusTransaction.requiringNew().run(() -> {
            WebhookDelivery delivery = WebhookDelivery.findById(id);
            delivery.attempts++;
            delivery.lastStatus = attempt.status() == 0 ? null : attempt.status();
            delivery.lockedUntil = null;
            if (attempt.delivered()) {
                delivery.deliveredAt = now;
                delivery.lastError = null;
                metrics.webhookAttempt("delivered");
                return;
            }
            delivery.lastError = truncate(attempt.error());
            if (attempt.giveUp() || delivery.attempts >= settings.maxAttempts()) {
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

    /** How one attempt went: {@code status} 0 when nothing answered; {@code giveUp} when retrying cannot help. */
    private record Attempt(int status, String error, boolean giveUp) {

        static Attempt answered(int status, String location) {
            if (status >= 300 && status < 400) {
                return new Attempt(status, "The receiver answered " + status + ", a redirect"
                        + (location == null ? "" : " to " + location) + "; redirects are not followed, so register "
                        + "the address it points to.", true);
            }
            return new Attempt(status, "The receiver answered " + status + ".", false);
        }

        static Attempt failed(String error) {
            return new Attempt(0, error, false);
        }

        /** Refused by the guard: nothing was sent, and trying again would only ask to be refused again. */
        static Attempt refused(String reason) {
            return new Attempt(0, reason, true);
        }

        boolean delivered() {
            return status >= 200 && status < 300;
        }
    }
}
