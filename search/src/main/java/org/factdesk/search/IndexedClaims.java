package org.factdesk.search;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.factdesk.core.claim.ReviewState;

/**
 * Reads claims from the database as the index keeps them, in a fixed number of queries per batch and
 * as plain values (no managed entities): the index is rebuilt from here on a desk of a million claims.
 */
final class IndexedClaims {

    private IndexedClaims() {
    }

    /** Up to {@code limit} claims with an id above {@code afterId}, by id. */
    static List<IndexedClaim> after(EntityManager entityManager, long afterId, int limit) {
        List<Object[]> rows = entityManager.createQuery("select c.id, c.text, cl.name, c.state, c.language from Claim c "
                + "join c.claimant cl where c.id > :after order by c.id", Object[].class)
                .setParameter("after", afterId).setMaxResults(limit).getResultList();
        return complete(entityManager, rows);
    }

    /** These claims as they are now; a claim that no longer exists is missing from the answer. */
    static List<IndexedClaim> withIds(EntityManager entityManager, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = entityManager.createQuery("select c.id, c.text, cl.name, c.state, c.language from Claim c "
                + "join c.claimant cl where c.id in :ids order by c.id", Object[].class)
                .setParameter("ids", ids).getResultList();
        return complete(entityManager, rows);
    }

    static long count(EntityManager entityManager) {
        return entityManager.createQuery("select count(c) from Claim c", Long.class).getSingleResult();
    }

    private static List<IndexedClaim> complete(EntityManager entityManager, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(row -> (Long) row[0]).toList();
        Map<Long, Set<String>> tags = new HashMap<>();
        entityManager.createQuery("select c.id, t from Claim c join c.tags t where c.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(row -> tags.computeIfAbsent((Long) row[0], id -> new TreeSet<>()).add((String) row[1]));
        Map<Long, Object[]> published = new HashMap<>();
        entityManager.createQuery("select p.claim.id, p.ratingName, p.externalPublisher, p.publishedAt from PublishedVerdict p "
                + "where p.claim.id in :ids and p.version = (select max(q.version) from PublishedVerdict q where q.claim = p.claim)",
                Object[].class).setParameter("ids", ids).getResultList()
                .forEach(row -> published.put((Long) row[0], row));
        List<IndexedClaim> claims = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            long id = (Long) row[0];
            Object[] verdict = published.get(id);
            claims.add(new IndexedClaim(String.valueOf(id), (String) row[1], null, (String) row[2], tags.get(id),
                    (ReviewState) row[3], verdict == null ? null : (String) verdict[1], verdict == null ? null : (String) verdict[2],
                    (String) row[4], verdict == null ? null : (Instant) verdict[3]));
        }
        return claims;
    }
}
