package org.factdesk.core.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.factdesk.core.article.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ClaimTest {

    private static final Instant CREATED = Instant.parse("2024-03-01T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2024, 3, 10);
    private static final Set<ReviewState> OPEN =
            EnumSet.of(ReviewState.NEW, ReviewState.READY, ReviewState.IN_RESEARCH, ReviewState.IN_REVIEW);

    private static Claim claim() {
        Claimant claimant = new Claimant("Jane Minister", ClaimantKind.PERSON, "Minister of Finance");
        return new Claim("Unemployment fell by half.", claimant, CREATED);
    }

    private static Claim claimIn(ReviewState state, LocalDate dueDate) {
        Claim claim = claim();
        claim.enter(state, CREATED);
        claim.dueDate = dueDate;
        return claim;
    }

    @Test
    void aNewClaimStartsNewWithItsCreationTime() {
        Claim claim = claim();

        assertThat(claim.state()).isEqualTo(ReviewState.NEW);
        assertThat(claim.createdAt).isEqualTo(CREATED);
        assertThat(claim.updatedAt).isEqualTo(CREATED);
        assertThat(claim.claimant.name).isEqualTo("Jane Minister");
        assertThat(claim.requiredReviews).isEqualTo(1);
        assertThat(claim.priority).isEqualTo(Priority.NORMAL);
    }

    @Test
    void enteringAStateMovesTheClaimAndRecordsWhen() {
        Claim claim = claim();
        Instant later = CREATED.plusSeconds(3600);

        claim.enter(ReviewState.READY, later);

        assertThat(claim.state()).isEqualTo(ReviewState.READY);
        assertThat(claim.updatedAt).isEqualTo(later);
        assertThat(claim.createdAt).isEqualTo(CREATED);
    }

    @ParameterizedTest(name = "{0} claim due yesterday")
    @EnumSource(ReviewState.class)
    void onlyOpenClaimsPastTheirDueDateAreOverdue(ReviewState state) {
        Claim claim = claimIn(state, TODAY.minusDays(1));

        assertThat(claim.isOverdue(TODAY)).isEqualTo(OPEN.contains(state));
    }

    @ParameterizedTest(name = "{0} claim due today")
    @EnumSource(ReviewState.class)
    void aClaimDueTodayIsNotOverdueYet(ReviewState state) {
        assertThat(claimIn(state, TODAY).isOverdue(TODAY)).isFalse();
    }

    @Test
    void aClaimDueLaterIsNotOverdue() {
        assertThat(claimIn(ReviewState.IN_RESEARCH, TODAY.plusDays(1)).isOverdue(TODAY)).isFalse();
    }

    @Test
    void aClaimWithoutDueDateIsNeverOverdue() {
        assertThat(claimIn(ReviewState.IN_RESEARCH, null).isOverdue(TODAY)).isFalse();
        assertThat(claimIn(ReviewState.NEW, null).isOverdue(LocalDate.of(2999, 1, 1))).isFalse();
    }

    @Test
    void onlyPublishedAndDismissedClaimsAreClosed() {
        for (ReviewState state : ReviewState.values()) {
            assertThat(state.isOpen()).as(state.name()).isEqualTo(OPEN.contains(state));
        }
    }

    @Test
    void theSentenceInTheArticleComesFromItsOffsets() {
        Article article = new Article("Budget day", "Daily News", "https://news.example/budget", null,
                "Intro. Unemployment fell by half. Outro.", CREATED);
        Claim claim = claim();
        claim.article = article;
        claim.articleStart = 7;
        claim.articleEnd = 33;

        assertThat(claim.sentenceInArticle()).contains("Unemployment fell by half.");
    }

    @Test
    void withoutArticleOrOffsetsThereIsNoSentence() {
        Claim claim = claim();
        assertThat(claim.sentenceInArticle()).isEmpty();

        claim.article = new Article("Budget day", null, null, null, "Some body text.", CREATED);
        claim.articleStart = 0;
        assertThat(claim.sentenceInArticle()).isEmpty();
    }

    @Test
    void theClaimsOwnAppearanceComesBeforeTheArticleUrl() {
        Claim claim = claim();
        assertThat(claim.whereItAppeared()).isEmpty();

        claim.article = new Article("Budget day", null, "https://news.example/budget", null, "Body.", CREATED);
        assertThat(claim.whereItAppeared()).contains("https://news.example/budget");

        claim.appearanceUrl = "https://video.example/speech";
        assertThat(claim.whereItAppeared()).contains("https://video.example/speech");
    }
}
