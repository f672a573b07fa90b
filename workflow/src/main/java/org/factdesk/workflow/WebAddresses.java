package org.factdesk.workflow;

import java.net.URI;
import java.net.URISyntaxException;
import org.factdesk.core.Refusal;

/** Checks that a text is an absolute http(s) address, so every cited link can be followed. */
public final class WebAddresses {

    public static final int MAX_LENGTH = 2000;

    private WebAddresses() {
    }

    public static String requireHttp(String value, String field) {
        String candidate = value.strip();
        if (candidate.length() > MAX_LENGTH) {
            throw Refusal.invalid(field, "A web address is at most " + MAX_LENGTH + " characters.");
        }
        try {
            URI uri = new URI(candidate);
            String scheme = uri.getScheme();
            if (uri.getHost() != null && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
                return candidate;
            }
        } catch (URISyntaxException e) {
            // refused below, in words a person can act on
        }
        String shown = candidate.length() > 80 ? candidate.substring(0, 80) + "…" : candidate;
        throw Refusal.invalid(field, "\"" + shown + "\" is not a web address; give a full http:// or https:// URL.");
    }
}
