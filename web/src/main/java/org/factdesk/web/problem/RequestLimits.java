package org.factdesk.web.problem;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How large a request may be ({@code quarkus.http.limits}), and how to say so to the person who sent more. */
@ApplicationScoped
public class RequestLimits {

    private final long maxBodyBytes;
    private final String tooLarge;

    RequestLimits(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody,
            @ConfigProperty(name = "quarkus.http.limits.max-form-attribute-size") MemorySize maxField) {
        this.maxBodyBytes = maxBody.asLongValue();
        this.tooLarge = "The request is too large, so nothing was changed: send at most " + readable(maxBodyBytes)
                + " in all, and at most " + readable(maxField.asLongValue()) + " in one form field.";
    }

    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    public String tooLarge() {
        return tooLarge;
    }

    private static String readable(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }
}
