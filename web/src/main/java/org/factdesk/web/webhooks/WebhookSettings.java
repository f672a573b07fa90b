package org.factdesk.web.webhooks;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How webhook deliveries are retried, and which receivers off the public internet they may reach. */
@ConfigMapping(prefix = "factdesk.webhooks")
public interface WebhookSettings {

    /** The wait before the first retry; it doubles after each failure. */
    @WithDefault("PT2S")
    Duration firstRetryAfter();

    /** The longest wait between two attempts. */
    @WithDefault("PT1H")
    Duration longestWait();

    /** After this many failed attempts a delivery is given up and shown as failed. */
    @WithDefault("10")
    int maxAttempts();

    /** How often each instance looks for due deliveries (read by the dispatcher's schedule). */
    @WithDefault("1s")
    String pollEvery();

    /** How long a receiver may take to answer. */
    @WithDefault("PT10S")
    Duration timeout();

    /**
     * Host names and CIDR ranges webhooks may reach although they are not on the public internet
     * (loopback, private, link-local...); none by default.
     */
    Optional<List<String>> allowedHosts();
}
