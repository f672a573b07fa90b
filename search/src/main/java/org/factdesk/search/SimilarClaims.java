package org.factdesk.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdesk.core.claim.Claim;
import org.factdesk.core.claim.ReviewState;
import org.factdesk.core.claimreview.ClaimReviewMapper;
import org.factdesk.core.settings.DeskSettings;
import org.factdesk.core.verdict.PublishedVerdict;

/**
 * Finds claims a new claim may repeat, over the whole desk: near-duplicates among open claims (check
 * once, dismiss the rest) and published fact-checks, ours and imported ones ("already checked").
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SimilarClaims {

    static final int MOST = 5;
    private static final Set<ReviewState> COMPARED_STATES = compared();

    private final IndexFollower follower;
    private final DeskSettings settings;

    SimilarClaims(IndexFollower follower, DeskSettings settings) {
        this.follower = follower;
        this.settings = settings;
    }

    /**
     * A claim like the one asked about, {@code score} its cosine in meaning; {@code rating},
     * {@code url} and {@code datePublished} are set when it was already checked, and {@code publisher}
     * when another fact-checker checked it (an import).
     */
    public record Similar(long claimId, String text, ReviewState state, double score, String rating, String publisher,
            String url, Instant datePublished) {

        public boolean alreadyChecked() {
            return rating != null;
        }

        public int percent() {
            return (int) Math.round(score * 100);
        }
    }

    public List<Similar> like(Claim claim) {
        return like(claim.text, claim.id);
    }

    /**
     * For each of these claims, the best published fact-check it repeats, if any: the marker "checked
     * by …" on a triage card. Vectors kept in the index are reused, so a page costs no embedding.
     */
    public Map<Long, Similar> alreadyChecked(List<Claim> claims) {
        Map<Long, Similar> checked = new LinkedHashMap<>();
        for (Claim claim : claims) {
            matches(claim.text, claim.id, SearchFilter.inStates(Set.of(ReviewState.PUBLISHED)), 1).stream().findFirst()
                    .ifPresent(similar -> checked.put(claim.id, similar));
        }
        return checked;
    }

    /** For each text (such as an article's candidate sentences), the best published fact-check it repeats, or null. */
    public List<Similar> alreadyCheckedTexts(List<String> texts) {
        DeskIndex index = follower.readyIndex().orElse(null);
        if (index == null || texts.isEmpty()) {
            return texts.stream().map(text -> (Similar) null).toList();
        }
        List<float[]> embeddings;
        try {
            embeddings = follower.embedder().embedAll(texts);
        } catch (RuntimeException | LinkageError e) {
            return texts.stream().map(text -> (Similar) null).toList();
        }
        SearchFilter published = SearchFilter.inStates(Set.of(ReviewState.PUBLISHED));
        List<Similar> checked = new java.util.ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            checked.add(matches(texts.get(i), embeddings.get(i), null, published, 1).stream().findFirst().orElse(null));
        }
        return checked;
    }

    /** Matches for a text, leaving out the claim it belongs to; none while the index is being rebuilt. */
    public List<Similar> like(String text, Long excludeId) {
        return matches(text, excludeId, SearchFilter.inStates(COMPARED_STATES), MOST);
    }

    private List<Similar> matches(String text, Long excludeId, SearchFilter filter, int most) {
        return matches(text, null, excludeId, filter, most);
    }

    private List<Similar> matches(String text, float[] given, Long excludeId, SearchFilter filter, int most) {
        DeskIndex index = follower.readyIndex().orElse(null);
        if (index == null || text == null || text.isBlank()) {
            return List.of();
        }
        List<ClaimMatcher.Found> found;
        try {
            String id = excludeId == null ? null : String.valueOf(excludeId);
            float[] kept = given != null ? given : id == null ? null : index.vectorFor(id, IndexedClaim.textToEmbed(text, null));
            float[] embedding = kept != null ? kept : follower.embedOrNull(text);
            if (embedding == null) {
                return List.of();
            }
            found = ClaimMatcher.matching(index, text, embedding, filter, id, most, MatchingWeights.TUNED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Long, Double> cosines = new LinkedHashMap<>();
        found.forEach(match -> cosines.put(Long.parseLong(match.id()), match.cosine()));
        if (cosines.isEmpty()) {
            return List.of();
        }
        Map<Long, Claim> claims = new LinkedHashMap<>();
        Claim.<Claim>list("id in ?1", List.copyOf(cosines.keySet())).forEach(claim -> claims.put(claim.id, claim));
        Map<Long, PublishedVerdict> published = PublishedVerdict.latestForEach(claims.values());
        var organisation = settings.organisation();
        var us = new ClaimReviewMapper.Publisher(organisation.name(), organisation.url(), organisation.siteUrl());
        return cosines.entrySet().stream().filter(entry -> claims.containsKey(entry.getKey())).map(entry -> {
            Claim claim = claims.get(entry.getKey());
            PublishedVerdict verdict = published.get(claim.id);
            String url = verdict == null ? null
                    : verdict.isImported() ? verdict.externalUrl : ClaimReviewMapper.factCheckUrl(us, claim.id);
            return new Similar(claim.id, claim.text, claim.state(), entry.getValue(),
                    verdict == null ? null : verdict.ratingAsPublished(), verdict == null ? null : verdict.externalPublisher,
                    url, verdict == null ? null : verdict.datePublished());
        }).toList();
    }

    private static Set<ReviewState> compared() {
        Set<ReviewState> states = EnumSet.of(ReviewState.PUBLISHED);
        for (ReviewState state : ReviewState.values()) {
            if (state.isOpen()) {
                states.add(state);
            }
        }
        return states;
    }
}
