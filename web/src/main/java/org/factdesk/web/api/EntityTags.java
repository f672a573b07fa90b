package org.factdesk.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.EntityTag;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * ETags computed from what the caller would receive, so they change exactly when that answer
 * changes — including parts that do not bump the claim's version, such as a verdict that becomes
 * visible.
 */
final class EntityTags {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private EntityTags() {
    }

    static EntityTag of(Object representation) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(JSON.writeValueAsBytes(representation));
            return new EntityTag(Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Could not compute an ETag", e);
        }
    }
}
