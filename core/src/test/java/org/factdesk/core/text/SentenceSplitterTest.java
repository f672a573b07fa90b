package org.factdesk.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.factdesk.core.text.SentenceSplitter.Sentence;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> texts(String text) {
        return SentenceSplitter.split(text).stream().map(Sentence::text).toList();
    }

    @Test
    void abbreviationsAndInitialsDoNotEndASentence() {
        assertThat(texts("The U.S. blacklisted Huawei in 2019. Mr. Pompeo announced it on Aug. 5, 2020. Beijing objected."))
                .containsExactly("The U.S. blacklisted Huawei in 2019.", "Mr. Pompeo announced it on Aug. 5, 2020.",
                        "Beijing objected.");
    }

    @Test
    void aQuotedSentenceStaysWhole() {
        assertThat(texts("“We have not and will not ask Chinese companies to transfer data overseas,” Wang said. It was Tuesday."))
                .containsExactly("“We have not and will not ask Chinese companies to transfer data overseas,” Wang said.",
                        "It was Tuesday.");
    }

    @Test
    void numbersWithDecimalPointsDoNotSplit() {
        assertThat(texts("Unemployment fell to 3.5 percent in 2019. Wages rose 2.9%."))
                .containsExactly("Unemployment fell to 3.5 percent in 2019.", "Wages rose 2.9%.");
    }

    @Test
    void aLineBreakEndsASentenceEvenWithoutAFullStop() {
        assertThat(texts("Alleged Security Threats\nThe US has long levelled accusations.")).containsExactly(
                "Alleged Security Threats", "The US has long levelled accusations.");
    }

    @Test
    void offsetsPointBackIntoTheText() {
        String text = "First one here.\n\nSecond one, with more words. Third!";
        for (Sentence sentence : SentenceSplitter.split(text)) {
            assertThat(text.substring(sentence.start(), sentence.end())).isEqualTo(sentence.text());
        }
        assertThat(SentenceSplitter.split(text)).hasSize(3);
    }

    @Test
    void timesOfDayDoNotEndASentence() {
        assertThat(texts("The meeting starts at 7 a.m. on Monday, the council said. It ran late."))
                .containsExactly("The meeting starts at 7 a.m. on Monday, the council said.", "It ran late.");
        assertThat(texts("Polls close at 8 p.m. and counting starts at once. Turnout was high."))
                .containsExactly("Polls close at 8 p.m. and counting starts at once.", "Turnout was high.");
        assertThat(texts("The strike began at 6 a.m. Tuesday, the union said."))
                .containsExactly("The strike began at 6 a.m. Tuesday, the union said.");
    }

    @Test
    void initialsAndNumberAbbreviationsDoNotEndASentence() {
        assertThat(texts("J. K. Rowling said sales doubled. Critics disagreed."))
                .containsExactly("J. K. Rowling said sales doubled.", "Critics disagreed.");
        assertThat(texts("Downing Street said No. 10 had not been told. Ministers were."))
                .containsExactly("Downing Street said No. 10 had not been told.", "Ministers were.");
        assertThat(texts("Inflation was 3.5 percent in May, up from 2.9 percent. Food led."))
                .containsExactly("Inflation was 3.5 percent in May, up from 2.9 percent.", "Food led.");
    }

    @Test
    void quotedSentencesSplitAfterTheirClosingMark() {
        assertThat(texts("“Prices doubled,” she said. “That is false,” he replied."))
                .containsExactly("“Prices doubled,” she said.", "“That is false,” he replied.");
    }
}
