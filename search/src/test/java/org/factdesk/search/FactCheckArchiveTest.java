package org.factdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactCheckArchiveTest {

    private static final ArchivedFactCheck GUANTANAMO = new ArchivedFactCheck("0",
            "122 detainees released from confinement at Guantanamo Bay under President Obama have re-engaged in terrorist activities.",
            "Did 122 Prisoners Released from Guantanamo by President Obama Return to the Battlefield?");
    private static final ArchivedFactCheck CHARLOTTE = new ArchivedFactCheck("1",
            "70 per cent of the persons arrested during protests in Charlotte had out-of-state IDs.",
            "70% of Arrested Charlotte Protesters Are Out-of-State Criminals");
    private static final ArchivedFactCheck VACCINE = new ArchivedFactCheck("2",
            "The flu vaccine causes the flu.", "Can You Get the Flu from a Flu Shot?");

    @Test
    void aRepeatOfAClaimInOtherWordsFindsItsFactCheckFirst() throws IOException {
        try (FactCheckArchive archive = archiveOf(GUANTANAMO, CHARLOTTE, VACCINE)) {
            List<ArchiveMatch> matches = archive.matchingWords(
                    "Obama let Guantanamo prisoners go and now they are back fighting for terrorists", 3);

            assertThat(matches).extracting(ArchiveMatch::id).first().isEqualTo("0");
        }
    }

    @Test
    void wordsMatchAcrossTheirInflections() throws IOException {
        try (FactCheckArchive archive = archiveOf(GUANTANAMO, CHARLOTTE, VACCINE)) {
            assertThat(archive.matchingWords("vaccines", 3)).extracting(ArchiveMatch::id).containsExactly("2");
            assertThat(archive.matchingWords("protester arrests", 3)).extracting(ArchiveMatch::id).containsExactly("1");
        }
    }

    @Test
    void textWithNoWordWorthMatchingFindsNothing() throws IOException {
        try (FactCheckArchive archive = archiveOf(GUANTANAMO, CHARLOTTE, VACCINE)) {
            assertThat(archive.matchingWords("", 5)).isEmpty();
            assertThat(archive.matchingWords("the of and !!! ???", 5)).isEmpty();
            assertThat(archive.matchingWords("weather forecast tomorrow", 5)).isEmpty();
        }
    }

    @Test
    void puttingAFactCheckAgainReplacesWhatWasKeptUnderItsId() throws IOException {
        try (FactCheckArchive archive = archiveOf(VACCINE)) {
            archive.put(new ArchivedFactCheck("2", "Drinking bleach cures the virus.", "Bleach is no cure"));
            archive.refresh();

            assertThat(archive.matchingWords("flu vaccine", 5)).isEmpty();
            assertThat(archive.matchingWords("bleach cure", 5)).extracting(ArchiveMatch::id).containsExactly("2");
        }
    }

    @Test
    void textInAnyScriptIsIndexedAndFound() throws IOException {
        try (FactCheckArchive archive = archiveOf(
                new ArchivedFactCheck("ar", "اللقاح يسبب العقم", ""),
                new ArchivedFactCheck("zh", "喝热水可以杀死病毒", ""),
                VACCINE)) {
            assertThat(archive.matchingWords("هل اللقاح يسبب العقم؟", 5)).extracting(ArchiveMatch::id).first().isEqualTo("ar");
            assertThat(archive.matchingWords("热水杀死病毒", 5)).extracting(ArchiveMatch::id).first().isEqualTo("zh");
        }
    }

    @Test
    void aVeryLongTextIsMatchedOnItsStartWithoutFailing() throws IOException {
        try (FactCheckArchive archive = archiveOf(GUANTANAMO, VACCINE)) {
            String longText = "flu vaccine " + "again ".repeat(5_000);
            String varied = "flu vaccine " + String.join(" ", java.util.stream.IntStream.range(0, 5_000)
                    .mapToObj(i -> "word" + i).toList());

            assertThat(archive.matchingWords(longText, 5)).extracting(ArchiveMatch::id).containsExactly("2");
            assertThat(archive.matchingWords(varied, 5)).extracting(ArchiveMatch::id).containsExactly("2");
        }
    }

    @Test
    void aRepeatThatSharesNoWordWithItsFactCheckIsFoundByMeaning() throws IOException {
        SentenceEmbedder embedder = new SentenceEmbedder();
        try (FactCheckArchive archive = FactCheckArchive.inMemory(MatchingWeights.TUNED)) {
            for (ArchivedFactCheck factCheck : List.of(GUANTANAMO, CHARLOTTE, VACCINE)) {
                archive.put(factCheck, embedder.embed(factCheck.textToEmbed()));
            }
            archive.refresh();
            String repeat = "A jab against influenza infects people with influenza";

            assertThat(archive.matchingWords(repeat, 3)).isEmpty();
            assertThat(archive.matchingMeaning(embedder.embed(repeat), 3)).extracting(ArchiveMatch::id).first().isEqualTo("2");
        }
    }

    @Test
    void anArchiveInAFolderKeepsWhatWasCommittedWhenOpenedAgain(@TempDir Path folder) throws IOException {
        try (FactCheckArchive archive = FactCheckArchive.inFolder(folder, MatchingWeights.TUNED)) {
            archive.put(CHARLOTTE);
            archive.commit();
        }
        try (FactCheckArchive reopened = FactCheckArchive.inFolder(folder, MatchingWeights.TUNED)) {
            assertThat(reopened.matchingWords("Charlotte protesters", 5)).extracting(ArchiveMatch::id).containsExactly("1");
        }
    }

    private static FactCheckArchive archiveOf(ArchivedFactCheck... factChecks) throws IOException {
        FactCheckArchive archive = FactCheckArchive.inMemory(MatchingWeights.TUNED);
        for (ArchivedFactCheck factCheck : factChecks) {
            archive.put(factCheck);
        }
        archive.refresh();
        return archive;
    }
}
