package org.factdesk.core.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceFeaturesTest {

    private final SentenceFeatures features = new SentenceFeatures(FeatureSettings.DEFAULT);

    @Test
    void tokensAreLowerCasedWithNumbersAndYearsFolded() {
        assertThat(SentenceFeatures.tokens("unemployment fell to 3.5% in 2019, from 4,200 in the 1990s?"))
                .containsExactly("unemployment", "fell", "to", "<num>", "percent", "in", "<year>", "from", "<num>",
                        "in", "the", "<year>", "?");
    }

    @Test
    void moneyOrdinalsAndContractionsAreTokensOfTheirOwn() {
        assertThat(SentenceFeatures.tokens("we’ve spent $2.50 on the 21st-century large-scale plan"))
                .containsExactly("we've", "spent", "$", "<num>", "on", "the", "<num>", "century", "large-scale", "plan");
    }

    @Test
    void numbersOfTheSameKindLookAlike() {
        assertThat(features.vectorise("Unemployment fell to 3.5 percent in 2019.").indices())
                .containsExactly(features.vectorise("Unemployment fell to 7.1 percent in 1984.").indices());
    }

    @Test
    void bucketsAreSortedAndDistinctWithTheCuesFirst() {
        SparseVector vector = features.vectorise("In August 2020 the US expanded restrictions on Huawei.");

        assertThat(vector.indices()).isSorted().doesNotHaveDuplicates();
        assertThat(vector.indices()).contains(Cue.HAS_NUMBER.ordinal(), Cue.HAS_YEAR.ordinal(),
                Cue.HAS_ACRONYM.ordinal(), Cue.MANY_CAPITALISED_NAMES.ordinal(), Cue.HAS_PAST_TENSE.ordinal());
        assertThat(vector.indices()).doesNotContain(Cue.HAS_PERCENT.ordinal(), Cue.IS_QUESTION.ordinal());
    }

    @Test
    void theSameSentenceAlwaysGivesTheSameVector() {
        SparseVector first = features.vectorise("The US blacklisted the tech giant in 2019.");
        SparseVector again = new SentenceFeatures(FeatureSettings.DEFAULT).vectorise("The US blacklisted the tech giant in 2019.");

        assertThat(again.indices()).containsExactly(first.indices());
        assertThat(again.values()).containsExactly(first.values());
    }
}
