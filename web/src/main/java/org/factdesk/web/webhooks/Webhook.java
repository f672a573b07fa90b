package org.factdesk.web.webhooks;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** A receiver an admin registered: which events it wants, and the secret its deliveries are signed with. */
@Entity
public class Webhook extends PanacheEntity {

    /** In {@link #events}: every action. */
    public static final String ALL = "*";

    @Column(nullable = false, length = 2000)
    public String url;

    @Column(nullable = false, length = 100)
    public String secret;

    /** Event actions, comma separated, or "*". */
    @Column(nullable = false, length = 500)
    public String events;

    @Column(nullable = false)
    public boolean active = true;

    @Column(nullable = false, length = 64)
    public String createdBy;

    @Column(nullable = false)
    public Instant createdAt;

    public Set<String> eventSet() {
        return new TreeSet<>(Arrays.asList(events.split(",")));
    }

    public boolean wants(String action) {
        Set<String> wanted = eventSet();
        return wanted.contains(ALL) || wanted.contains(action);
    }

    public static List<Webhook> activeOnes() {
        return list("active = true order by id");
    }
}
