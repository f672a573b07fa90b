package org.factdesk.core.detection;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    @Test
    void splitsAfterFullStopsQuestionsAndClosingQuotes() {
        assertThat(SentenceSplitter.split("Prices rose. Did they? \"Yes,\" he said. “It hurt.” Then it stopped."))
                .containsExactly("Prices rose.", "Did they?", "\"Yes,\" he said.", "“It hurt.”", "Then it stopped.");
    }

    @Test
    void keepsAbbreviationsInitialsAndNumbersInsideTheSentence() {
        assertThat(SentenceSplitter.split("Mr. Smith met J. Doe of Acme Ltd. in the U.S. on Monday. It cost 3.5 million."))
                .containsExactly("Mr. Smith met J. Doe of Acme Ltd. in the U.S. on Monday.", "It cost 3.5 million.");
    }

    @Test
    void everyLineStandsAloneAndBlankLinesVanish() {
        assertThat(SentenceSplitter.split("Alleged Security Threats\n\n   The US has long levelled accusations.\r\nListen Live"))
                .containsExactly("Alleged Security Threats", "The US has long levelled accusations.", "Listen Live");
    }
}
