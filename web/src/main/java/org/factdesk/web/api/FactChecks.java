package org.factdesk.web.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.factdesk.core.claim.Claim;
import org.factdesk.core.claimreview.ClaimReviewMapper;
import org.factdesk.core.claimreview.ClaimReviewMapper.Publisher;
import org.factdesk.core.settings.DeskSettings;
import org.factdesk.core.verdict.PublishedVerdict;

/** Published fact-checks as readers and machines see them: the latest version of each, as ClaimReview. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FactChecks {

    private static final String LATEST_VERSIONS = "from PublishedVerdict p where p.version = "
            + "(select max(q.version) from PublishedVerdict q where q.claim = p.claim) and p.claim.id > :after";

    private final DeskSettings settings;

    FactChecks(DeskSettings settings) {
        this.settings = settings;
    }

    public Publisher publisher() {
        var organisation = settings.organisation();
        return new Publisher(organisation.name(), organisation.url(), organisation.siteUrl());
    }

    public Page<Map<String, Object>> page(String cursor, Integer limit, Instant since) {
        long after = Cursor.decode(cursor);
        int size = Cursor.limit(limit);
        String query = LATEST_VERSIONS + (since == null ? "" : " and p.publishedAt >= :since") + " order by p.claim.id";
        var find = since == null ? PublishedVerdict.<PublishedVerdict>find(query, Map.of("after", after))
                : PublishedVerdict.<PublishedVerdict>find(query, Map.of("after", after, "since", since));
        List<PublishedVerdict> rows = find.range(0, size).list();
        List<Map<String, Object>> items = rows.stream().map(this::claimReview).toList();
        String next = rows.size() == size ? Cursor.after(rows.get(rows.size() - 1).claim.id) : null;
        return new Page<>(items, next);
    }

    /** The ClaimReview of one claim's latest published version, if it was ever published. */
    public Optional<Map<String, Object>> claimReviewOf(long claimId) {
        Claim claim = Claim.findById(claimId);
        if (claim == null) {
            return Optional.empty();
        }
        return PublishedVerdict.latestFor(claim).map(this::claimReview);
    }

    private Map<String, Object> claimReview(PublishedVerdict latest) {
        PublishedVerdict first = PublishedVerdict.firstFor(latest.claim).orElse(latest);
        return ClaimReviewMapper.toJsonLd(latest.claim, latest, first, publisher());
    }
}
