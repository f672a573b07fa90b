package org.factdesk.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class FusedRankingTest {

    @Test
    void eachRankingIsScaledByItsBestScoreBeforeTheyAreMixed() {
        List<ArchiveMatch> byWords = List.of(new ArchiveMatch("a", 20f), new ArchiveMatch("b", 10f));
        List<ArchiveMatch> byMeaning = List.of(new ArchiveMatch("b", 0.9f), new ArchiveMatch("a", 0.45f));

        List<ArchiveMatch> fused = new FusedRanking(0.2).fuse(byWords, byMeaning, 5);

        // a: 0.2 × 1 + 0.8 × 0.5 = 0.6; b: 0.2 × 0.5 + 0.8 × 1 = 0.9
        assertThat(fused).extracting(ArchiveMatch::id).containsExactly("b", "a");
        assertThat(fused.get(0).score()).isCloseTo(0.9f, org.assertj.core.data.Offset.offset(1e-6f));
        assertThat(fused.get(1).score()).isCloseTo(0.6f, org.assertj.core.data.Offset.offset(1e-6f));
    }

    @Test
    void aFactCheckFoundByOnlyOneRankingCountsZeroInTheOther() {
        List<ArchiveMatch> fused = new FusedRanking(0.5).fuse(
                List.of(new ArchiveMatch("words-only", 4f)), List.of(new ArchiveMatch("meaning-only", 0.8f)), 5);

        assertThat(fused).extracting(ArchiveMatch::score).containsExactly(0.5f, 0.5f);
        assertThat(fused).extracting(ArchiveMatch::id).containsExactly("meaning-only", "words-only");
    }

    @Test
    void anEmptyRankingLeavesTheOtherInItsOwnOrder() {
        List<ArchiveMatch> byMeaning = List.of(new ArchiveMatch("x", 0.9f), new ArchiveMatch("y", 0.6f));

        assertThat(new FusedRanking(0.2).fuse(List.of(), byMeaning, 5)).extracting(ArchiveMatch::id).containsExactly("x", "y");
        assertThat(new FusedRanking(0.2).fuse(List.of(), List.of(), 5)).isEmpty();
    }

    @Test
    void theFusedListIsCutAtTheLimit() {
        List<ArchiveMatch> byWords = List.of(new ArchiveMatch("a", 3f), new ArchiveMatch("b", 2f), new ArchiveMatch("c", 1f));

        assertThat(new FusedRanking(1).fuse(byWords, List.of(), 2)).extracting(ArchiveMatch::id).containsExactly("a", "b");
    }

    @Test
    void aWordWeightOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> new FusedRanking(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FusedRanking(-0.1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FusedRanking(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
