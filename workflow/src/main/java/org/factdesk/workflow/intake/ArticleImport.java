package org.factdesk.workflow.intake;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.factdesk.core.Refusal;
import org.factdesk.core.article.Article;
import org.factdesk.core.claim.Claim;
import org.factdesk.core.detection.CheckWorthiness;
import org.factdesk.core.text.ArticleBytes;
import org.factdesk.core.text.ArticleText;
import org.factdesk.core.text.ClaimantGuesser;
import org.factdesk.core.text.SentenceSplitter.Sentence;
import org.factdesk.core.text.SentenceSplitter;
import org.factdesk.workflow.ConcurrentChanges;
import org.factdesk.workflow.Inputs;
import org.factdesk.workflow.WebAddresses;

/**
 * From article to claims: the text is cleaned, split into sentences, each scored for
 * check-worthiness and its claimant guessed; a person then picks which become claims.
 */
@ApplicationScoped
public class ArticleImport {

    public static final int MAX_TEXT_LENGTH = 1_000_000;
    public static final int MAX_TITLE_LENGTH = 500;
    public static final int MAX_PUBLISHER_LENGTH = 200;
    static final int MAX_PICKS = 200;

    private final ClaimIntake intake;
    private final Clock clock;

    ArticleImport(ClaimIntake intake, Clock clock) {
        this.intake = intake;
        this.clock = clock;
    }

    /** An article as it is submitted: plain text or an HTML page. */
    public record NewArticle(String title, String publisher, String url, Instant publishedAt, String text) {
    }

    /** A sentence that could become a claim, with where it stands in the article's text. */
    public record Candidate(String sentence, double score, boolean checkWorthy, String claimant, int start, int end) {
        /** The sentence's place in the article, as a pick names it: "120-184". */
        public String span() {
            return start + "-" + end;
        }

        public int percent() {
            return (int) Math.round(score * 100);
        }
    }

    /** The article as stored, and its sentences, most check-worthy first. */
    public record Proposal(long articleId, List<Candidate> candidates) {
    }

    /**
     * A sentence a person picked, by its offsets, with the claimant they confirmed or typed and,
     * optionally, the claim reworded to stand on its own (the sentence stays its quote).
     */
    public record Pick(int start, int end, String claimant, String text) {

        public Pick(int start, int end, String claimant) {
            this(start, end, claimant, null);
        }
    }

    /** Stores the article and proposes its claims; an HTML page without a given title keeps its own. */
    public Proposal propose(NewArticle submitted) {
        String givenTitle = blankToNull(submitted.title());
        if (givenTitle != null && givenTitle.length() > MAX_TITLE_LENGTH) {
            throw Refusal.invalid("title", "A title is at most " + MAX_TITLE_LENGTH + " characters.");
        }
        if (submitted.publisher() != null && submitted.publisher().strip().length() > MAX_PUBLISHER_LENGTH) {
            throw Refusal.invalid("publisher", "A publisher's name is at most " + MAX_PUBLISHER_LENGTH + " characters.");
        }
        String raw = Inputs.requireText(submitted.text(), "text", "Paste the article's text or upload its HTML.");
        if (raw.length() > MAX_TEXT_LENGTH) {
            throw Refusal.invalid("text", "An article is at most " + MAX_TEXT_LENGTH + " characters.");
        }
        String url = submitted.url() == null || submitted.url().isBlank() ? null : WebAddresses.requireHttp(submitted.url(), "url");
        ArticleText.Page page = ArticleText.looksLikeHtml(raw) ? ArticleText.fromHtml(raw, url)
                : new ArticleText.Page(ArticleText.tidy(raw), Optional.empty());
        String body = page.text();
        if (body.isBlank()) {
            throw Refusal.invalid("text", "No readable text was found in what was sent.");
        }
        String title = givenTitle != null ? givenTitle : page.title()
                .map(own -> own.length() > MAX_TITLE_LENGTH ? own.substring(0, MAX_TITLE_LENGTH) : own)
                .orElseThrow(() -> Refusal.invalid("title", "Give the article's title."));
        long id = ConcurrentChanges.inOwnTransaction(() -> {
            Article article = new Article(title, blankToNull(submitted.publisher()), url, submitted.publishedAt(), body,
                    clock.instant());
            article.persist();
            return article.id;
        });
        return new Proposal(id, candidatesOf(body));
    }

    /**
     * The text of an article sent as bytes (an uploaded file, an HTML body), read in the charset it
     * declares; bytes that are not text in it are refused, naming the field they came in.
     */
    public static String textOf(byte[] bytes, String contentType, String field) {
        try {
            return ArticleBytes.decode(bytes == null ? new byte[0] : bytes, contentType);
        } catch (ArticleBytes.UnreadableText e) {
            throw Refusal.invalid(field, e.getMessage());
        }
    }

    /** The proposal for an article stored earlier. */
    public Proposal proposalFor(long articleId) {
        String body = ConcurrentChanges.inOwnTransaction(() -> article(articleId).body);
        return new Proposal(articleId, candidatesOf(body));
    }

    /** Sentences of a text, scored and attributed, most check-worthy first. */
    public static List<Candidate> candidatesOf(String body) {
        CheckWorthiness detector = CheckWorthiness.bundled();
        List<Candidate> candidates = new ArrayList<>();
        for (Sentence sentence : SentenceSplitter.split(body)) {
            double score = detector.score(sentence.text());
            candidates.add(new Candidate(sentence.text(), score, score >= detector.threshold(),
                    ClaimantGuesser.guess(sentence.text()).orElse(null), sentence.start(), sentence.end()));
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return candidates;
    }

    /** Turns the picked sentences into NEW claims linked to the article and their place in it. */
    public List<Long> submitPicks(long articleId, List<Pick> picks, Submitter submitter) {
        if (picks == null || picks.isEmpty()) {
            throw Refusal.invalid("picks", "Pick at least one sentence to turn into a claim.");
        }
        if (picks.size() > MAX_PICKS) {
            throw Refusal.invalid("picks", "At most " + MAX_PICKS + " claims at once.");
        }
        if (picks.stream().anyMatch(Objects::isNull)) {
            throw Refusal.invalid("picks", "Each pick is a sentence of the article, by its start and end.");
        }
        Article article = ConcurrentChanges.inOwnTransaction(() -> article(articleId));
        CheckWorthiness detector = CheckWorthiness.bundled();
        LocalDate claimDate = article.publishedAt == null ? null : LocalDate.ofInstant(article.publishedAt, ZoneOffset.UTC);
        // Every pick is checked before the first claim is made, so a refused pick leaves no claim behind.
        List<PickedClaim> claims = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (int index = 0; index < picks.size(); index++) {
            Pick pick = picks.get(index);
            String sentence = article.excerpt(pick.start(), pick.end()).orElseThrow(() -> Refusal.invalid("picks",
                    "A pick (" + pick.start() + "–" + pick.end() + ") is not a part of the article's text."));
            if (!seen.add(pick.start() + ":" + pick.end())) {
                continue;
            }
            String claimant = pick.claimant() != null && !pick.claimant().isBlank() ? pick.claimant().strip()
                    : ClaimantGuesser.guess(sentence).orElse(article.publisher == null ? null : article.publisher);
            if (claimant == null) {
                throw Refusal.invalid(pickField(index, "claimant"), "Say who made the claim “" + abbreviate(sentence) + "”.");
            }
            if (claimant.length() > ClaimIntake.MAX_CLAIMANT_LENGTH) {
                throw Refusal.invalid(pickField(index, "claimant"), "The claimant of “" + abbreviate(sentence) + "” is at most "
                        + ClaimIntake.MAX_CLAIMANT_LENGTH + " characters.");
            }
            String text = pick.text() == null || pick.text().isBlank() ? sentence.strip() : pick.text().strip();
            if (text.length() > Claim.MAX_TEXT_LENGTH) {
                throw Refusal.invalid(pickField(index, "text"), "The claim worded from “" + abbreviate(sentence) + "” is at most "
                        + Claim.MAX_TEXT_LENGTH + " characters.");
            }
            NewClaim claim = new NewClaim(text, claimant, sentence, claimDate, article.url, "en", Set.of());
            try {
                ClaimIntake.validate(claim);
            } catch (Refusal refusal) {
                throw Refusal.invalid(pickField(index, refusal.field().orElse("text")), refusal.getMessage());
            }
            claims.add(new PickedClaim(claim, pick));
        }
        List<Long> created = new ArrayList<>();
        for (PickedClaim picked : claims) {
            long id = intake.submit(picked.claim(), articleId, picked.pick().start(), picked.pick().end(), submitter);
            ConcurrentChanges.inOwnTransaction(() -> {
                Claim.<Claim>findById(id).checkWorthiness = detector.score(picked.claim().text());
                return id;
            });
            created.add(id);
        }
        return created;
    }

    private record PickedClaim(NewClaim claim, Pick pick) {
    }

    /** The field of one pick a refusal names, as in the request body: {@code picks[2].claimant}. */
    public static String pickField(int index, String field) {
        return "picks[" + index + "]." + field;
    }

    private static Article article(long id) {
        Article article = Article.findById(id);
        if (article == null) {
            throw Refusal.notFound("There is no article #" + id + ".");
        }
        return article;
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
