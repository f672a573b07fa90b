package org.factdesk.web.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.factdesk.core.Refusal;
import org.factdesk.core.security.SecurityEvent.Kind;
import org.factdesk.core.security.SecurityLog;
import org.factdesk.workflow.Action;
import org.factdesk.workflow.conversation.Conversation;
import org.factdesk.workflow.events.EventLog;

/** Admins register and remove webhooks here. */
@ApplicationScoped
@Transactional
public class WebhookRegistry {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Clock clock;
    private final ReceiverGuard guard;
    private final SecurityLog securityLog;

    WebhookRegistry(Clock clock, ReceiverGuard guard, SecurityLog securityLog) {
        this.clock = clock;
        this.guard = guard;
        this.securityLog = securityLog;
    }

    public Webhook register(String url, List<String> events, String secret, String admin) {
        URI receiver = requireHttpUrl(url);
        Webhook webhook = new Webhook();
        webhook.events = String.join(",", eventsOf(events));
        webhook.secret = secret == null || secret.isBlank() ? newSecret() : requireSecret(secret);
        // Last, as it may ask the network: what is wrong in the request itself is said first.
        requireOnPublicInternet(receiver);
        webhook.url = receiver.toString();
        webhook.createdBy = admin;
        webhook.createdAt = clock.instant();
        webhook.persist();
        securityLog.record(Kind.ADMIN_ACTION, null, admin, null, "Registered the webhook #" + webhook.id + " to " + webhook.url
                + " for " + webhook.events + ".");
        return webhook;
    }

    public void remove(long id, String admin) {
        Webhook webhook = Webhook.findById(id);
        if (webhook == null || !webhook.active) {
            throw Refusal.notFound("There is no webhook #" + id + ".");
        }
        webhook.active = false;
        securityLog.record(Kind.ADMIN_ACTION, null, admin, null, "Removed the webhook #" + id + " to " + webhook.url + ".");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Webhook> active() {
        return Webhook.activeOnes();
    }

    /** Every action a webhook can ask for. */
    public static Set<String> knownEvents() {
        Set<String> known = new TreeSet<>();
        for (Action action : Action.values()) {
            known.add(action.apiName());
        }
        known.add(EventLog.CREATED);
        known.add(EventLog.SOURCE_CITED);
        known.add(EventLog.SOURCE_EDITED);
        known.add(EventLog.SOURCE_REMOVED);
        known.add(Conversation.NOTE);
        return known;
    }

    private static Set<String> eventsOf(List<String> events) {
        if (events == null || events.isEmpty()) {
            throw Refusal.invalid("events", "Name the events to receive, or [\"*\"] for all: " + knownEvents() + ".");
        }
        Set<String> chosen = new TreeSet<>();
        for (String event : events) {
            String name = event == null ? "" : event.strip();
            if (!name.equals(Webhook.ALL) && !knownEvents().contains(name)) {
                throw Refusal.invalid("events", "\"" + name + "\" is not an event; choose from " + knownEvents() + " or \"*\".");
            }
            chosen.add(name);
        }
        return chosen;
    }

    private static URI requireHttpUrl(String url) {
        try {
            URI uri = new URI(url == null ? "" : url.strip());
            if (uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getPort() <= 65535 && uri.toString().length() <= 2000) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw Refusal.invalid("url", "Give the receiver's full http:// or https:// address.");
    }

    private void requireOnPublicInternet(URI receiver) {
        try {
            guard.addressesFor(receiver);
        } catch (ReceiverGuard.Refused e) {
            throw Refusal.invalid("url", e.getMessage());
        } catch (UnknownHostException e) {
            throw Refusal.invalid("url", "The name \"" + ReceiverGuard.hostOf(receiver)
                    + "\" does not resolve to any address; check the receiver's address.");
        }
    }

    private static String requireSecret(String secret) {
        if (secret.length() < 16 || secret.length() > 100) {
            throw Refusal.invalid("secret", "A webhook secret is 16 to 100 characters; leave it out to get a random one.");
        }
        return secret;
    }

    private static String newSecret() {
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
