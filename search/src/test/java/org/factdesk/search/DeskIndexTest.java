package org.factdesk.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.factdesk.core.claim.ReviewState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeskIndexTest {

    private static final IndexedClaim GUANTANAMO = IndexedClaim.factCheck("0",
            "122 detainees released from confinement at Guantanamo Bay under President Obama have re-engaged in terrorist activities.",
            "Did 122 Prisoners Released from Guantanamo by President Obama Return to the Battlefield?");
    private static final IndexedClaim CHARLOTTE = IndexedClaim.factCheck("1",
            "70 per cent of the persons arrested during protests in Charlotte had out-of-state IDs.",
            "70% of Arrested Charlotte Protesters Are Out-of-State Criminals");
    private static final IndexedClaim VACCINE = IndexedClaim.factCheck("2",
            "The flu vaccine causes the flu.", "Can You Get the Flu from a Flu Shot?");

    @Test
    void aRepeatOfAClaimInOtherWordsFindsItsFactCheckFirst() throws IOException {
        try (DeskIndex archive = archiveOf(GUANTANAMO, CHARLOTTE, VACCINE)) {
            List<ArchiveMatch> matches = archive.matchingWords(
                    "Obama let Guantanamo prisoners go and now they are back fighting for terrorists", 3);

            assertThat(matches).extracting(ArchiveMatch::id).first().isEqualTo("0");
        }
    }

    @Test
    void wordsMatchAcrossTheirInflections() throws IOException {
        try (DeskIndex archive = archiveOf(GUANTANAMO, CHARLOTTE, VACCINE)) {
            assertThat(archive.matchingWords("vaccines", 3)).extracting(ArchiveMatch::id).containsExactly("2");
            assertThat(archive.matchingWords("protester arrests", 3)).extracting(ArchiveMatch::id).containsExactly("1");
        }
    }

    @Test
    void textWithNoWordWorthMatchingFindsNothing() throws IOException {
        try (DeskIndex archive = archiveOf(GUANTANAMO, CHARLOTTE, VACCINE)) {
            assertThat(archive.matchingWords("", 5)).isEmpty();
            assertThat(archive.matchingWords("the of and !!! ???", 5)).isEmpty();
            assertThat(archive.matchingWords("weather forecast tomorrow", 5)).isEmpty();
        }
    }

    @Test
    void puttingAFactCheckAgainReplacesWhatWasKeptUnderItsId() throws IOException {
        try (DeskIndex archive = archiveOf(VACCINE)) {
            archive.put(IndexedClaim.factCheck("2", "Drinking bleach cures the virus.", "Bleach is no cure"));
            archive.refresh();

            assertThat(archive.matchingWords("flu vaccine", 5)).isEmpty();
            assertThat(archive.matchingWords("bleach cure", 5)).extracting(ArchiveMatch::id).containsExactly("2");
        }
    }

    @Test
    void textInAnyScriptIsIndexedAndFound() throws IOException {
        try (DeskIndex archive = archiveOf(
                IndexedClaim.factCheck("ar", "اللقاح يسبب العقم", ""),
                IndexedClaim.factCheck("zh", "喝热水可以杀死病毒", ""),
                VACCINE)) {
            assertThat(archive.matchingWords("هل اللقاح يسبب العقم؟", 5)).extracting(ArchiveMatch::id).first().isEqualTo("ar");
            assertThat(archive.matchingWords("热水杀死病毒", 5)).extracting(ArchiveMatch::id).first().isEqualTo("zh");
        }
    }

    @Test
    void aVeryLongTextIsMatchedOnItsStartWithoutFailing() throws IOException {
        try (DeskIndex archive = archiveOf(GUANTANAMO, VACCINE)) {
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
        try (DeskIndex archive = DeskIndex.inMemory(MatchingWeights.TUNED)) {
            for (IndexedClaim factCheck : List.of(GUANTANAMO, CHARLOTTE, VACCINE)) {
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
        try (DeskIndex archive = DeskIndex.createInFolder(folder, MatchingWeights.TUNED)) {
            archive.put(CHARLOTTE);
            archive.commit(java.util.Map.of("lastSeq", "7"));
        }
        try (DeskIndex reopened = DeskIndex.openInFolder(folder, MatchingWeights.TUNED)) {
            assertThat(reopened.committedNotes()).containsEntry("lastSeq", "7");
            assertThat(reopened.matchingWords("Charlotte protesters", 5)).extracting(ArchiveMatch::id).containsExactly("1");
        }
    }

    @Test
    void aSearchReadsStemmedWordsPhrasesPrefixesAndFields() throws IOException {
        IndexedClaim glaciers = new IndexedClaim("10", "Glaciers in the Andes are melting faster than anywhere else", null,
                "Dr Ana Quispe", java.util.Set.of("Climate"), org.factdesk.core.claim.ReviewState.READY, null, null, "en", null);
        IndexedClaim reefs = new IndexedClaim("11", "Coral reefs are melting away", null, "A travel blogger",
                java.util.Set.of("oceans"), org.factdesk.core.claim.ReviewState.NEW, null, null, "en", null);
        try (DeskIndex index = archiveOf(glaciers, reefs)) {
            assertThat(found(index, "melted glacier")).containsExactly(10L);
            assertThat(found(index, "\"faster than anywhere\"")).containsExactly(10L);
            assertThat(found(index, "\"anywhere faster\"")).isEmpty();
            assertThat(found(index, "glaci*")).containsExactly(10L);
            assertThat(found(index, "melting claimant:quispe")).containsExactly(10L);
            assertThat(found(index, "tag:climate")).containsExactly(10L);
            assertThat(index.search("melting", SearchFilter.inStates(java.util.Set.of(org.factdesk.core.claim.ReviewState.NEW)), 0, 10))
                    .extracting(SearchHit::claimId).containsExactly(11L);
        }
    }

    @Test
    void punctuationPeopleTypeAsTextIsNotSyntax() throws IOException {
        IndexedClaim update = new IndexedClaim("12", "Update: the 17-year-old mayor said taxes fall by 1 in 3 (1/3), is it true?", null,
                "The mayor", null, org.factdesk.core.claim.ReviewState.READY, null, null, "en", null);
        try (DeskIndex index = archiveOf(update)) {
            assertThat(found(index, "Update: mayor")).containsExactly(12L);
            assertThat(found(index, "17-year-old")).containsExactly(12L);
            assertThat(found(index, "taxes 1/3")).containsExactly(12L);
            assertThat(found(index, "is it true?")).containsExactly(12L);
            assertThat(found(index, "mayor -taxes")).isEmpty();
            assertThat(found(index, "' OR 1=1 --")).containsExactly(12L);
        }
    }

    @Test
    void aQueryThatCannotBeReadIsRefusedInPlainWords() throws IOException {
        try (DeskIndex index = archiveOf(VACCINE)) {
            for (String unreadable : List.of("\"unclosed", "(unbalanced", "flu AND", "*leading", "flu\\", "x".repeat(1_001))) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> index.search(unreadable, SearchFilter.ANY, 0, 5))
                        .as(unreadable).isInstanceOf(InvalidQuery.class).message().doesNotContainIgnoringCase("lucene");
            }
        }
    }

    @Test
    void aCorruptIndexFolderFailsToOpenAndCanBeCreatedAfresh(@TempDir Path folder) throws IOException {
        try (DeskIndex index = DeskIndex.createInFolder(folder, MatchingWeights.TUNED)) {
            index.put(VACCINE);
            index.commit(java.util.Map.of("lastSeq", "1"));
        }
        try (var files = java.nio.file.Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                java.nio.file.Files.write(file, new byte[] {1, 2, 3});
            }
        }

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DeskIndex.openInFolder(folder, MatchingWeights.TUNED).close())
                .isInstanceOf(IOException.class);
        try (DeskIndex fresh = DeskIndex.createInFolder(folder, MatchingWeights.TUNED)) {
            assertThat(fresh.committedNotes()).isEmpty();
            assertThat(fresh.size()).isZero();
        }
    }

    private static List<Long> found(DeskIndex index, String query) throws IOException {
        return index.search(query, SearchFilter.ANY, 0, 10).stream().map(SearchHit::claimId).toList();
    }

    @Test
    void onALargeDeskWordsMostClaimsShareAreLeftOutOfMatchingWhileRarerOnesRemain() throws IOException {
        try (DeskIndex desk = DeskIndex.inMemory(MatchingWeights.TUNED)) {
            for (int i = 0; i < DeskIndex.LARGE_DESK; i++) {
                desk.put(IndexedClaim.factCheck(String.valueOf(i), "Housing starts rose in benchmark region " + i, ""));
            }
            desk.put(IndexedClaim.factCheck("otters", "Otters hold hands while they sleep", ""));
            desk.refresh();

            assertThat(desk.matchingWords("housing benchmark otters", 5)).extracting(ArchiveMatch::id).containsExactly("otters");
            assertThat(desk.matchingWords("housing benchmark", 5)).hasSize(5);
        }
    }

    @Test
    void matchingReadsTheRarestWordsUpToItsBudgetAndLeavesOutTheMoreCommonRest() throws IOException {
        try (DeskIndex desk = DeskIndex.inMemory(MatchingWeights.TUNED)) {
            // alpha in 10,000 claims, beta in 13,333 others of 80,000: both under a fifth, together over the budget.
            for (int i = 0; i < 80_000; i++) {
                String word = i % 8 == 0 ? "alpha" : i % 6 == 1 ? "beta" : "gamma";
                desk.put(IndexedClaim.factCheck(String.valueOf(i), word + " figures for region " + i, ""));
            }
            desk.put(IndexedClaim.factCheck("otters", "Otters hold hands while they sleep", ""));
            desk.refresh();

            List<String> matched = desk.matchingWords("alpha beta otters", 30_000).stream().map(ArchiveMatch::id).toList();

            assertThat(matched).first().isEqualTo("otters");
            assertThat(matched).as("otters and the 10,000 alpha claims, none that has beta alone").hasSize(10_001)
                    .allMatch(id -> id.equals("otters") || Integer.parseInt(id) % 8 == 0);
        }
    }

    @Test
    void mergingDownLeavesOneSegmentThatFindsWhatTheManyFound() throws IOException {
        try (DeskIndex desk = DeskIndex.inMemory(MatchingWeights.TUNED)) {
            for (int batch = 0; batch < 3; batch++) {
                for (int i = 0; i < 10; i++) {
                    desk.put(IndexedClaim.factCheck(String.valueOf(batch * 100 + i), "Claim " + i + " of batch " + batch, ""));
                }
                desk.refresh();
            }
            List<SearchHit> before = desk.search("batch", SearchFilter.ANY, 0, 50);
            int segmentsBefore = desk.segmentCount();

            desk.mergeDown(1);

            assertThat(segmentsBefore).isGreaterThan(1);

            assertThat(desk.segmentCount()).isEqualTo(1);
            assertThat(desk.search("batch", SearchFilter.ANY, 0, 50)).hasSameSizeAs(before).hasSize(30);
        }
    }

    @Test
    void onASmallDeskEveryWordTakesPartInMatching() throws IOException {
        try (DeskIndex archive = archiveOf(IndexedClaim.factCheck("a", "Housing starts rose", ""),
                IndexedClaim.factCheck("b", "Housing starts fell", ""), IndexedClaim.factCheck("c", "Otters hold hands", ""))) {
            assertThat(archive.matchingWords("housing otters", 5)).extracting(ArchiveMatch::id).containsExactlyInAnyOrder("a", "b", "c");
        }
    }

    @Test
    void aStateFilterThatKeepsAllButAFewStatesLeavesTheOthersOut() throws IOException {
        try (DeskIndex desk = DeskIndex.inMemory(MatchingWeights.TUNED)) {
            desk.put(new IndexedClaim("1", "Otters hold hands while they sleep", null, null, null, ReviewState.READY, null, null, null, null));
            desk.put(new IndexedClaim("2", "Otters hold hands in the river", null, null, null, ReviewState.DISMISSED, null, null, null, null));
            desk.put(new IndexedClaim("3", "Otters hold hands at sea", null, null, null, ReviewState.PUBLISHED, null, null, null, null));
            desk.refresh();
            Set<ReviewState> allButDismissed = EnumSet.complementOf(EnumSet.of(ReviewState.DISMISSED));

            assertThat(desk.matchingWords("otters hold hands", SearchFilter.inStates(allButDismissed), 5)).extracting(ArchiveMatch::id)
                    .containsExactlyInAnyOrder("1", "3");
            assertThat(desk.matchingWords("otters hold hands", SearchFilter.inStates(Set.of(ReviewState.DISMISSED)), 5))
                    .extracting(ArchiveMatch::id).containsExactly("2");
        }
    }

    @Test
    void meaningMatchingKeepsToAStateFilterEvenWhenEveryNearestClaimIsLeftOut() throws IOException {
        try (DeskIndex desk = DeskIndex.inMemory(MatchingWeights.TUNED)) {
            desk.put(claimIn("1", ReviewState.DISMISSED), new float[] {1f, 0.01f, 0f});
            desk.put(claimIn("2", ReviewState.DISMISSED), new float[] {1f, 0.02f, 0f});
            desk.put(claimIn("3", ReviewState.DISMISSED), new float[] {1f, 0.03f, 0f});
            desk.put(claimIn("4", ReviewState.READY), new float[] {0.6f, 0.8f, 0f});
            desk.put(claimIn("5", ReviewState.PUBLISHED), new float[] {0f, 1f, 0f});
            desk.refresh();
            float[] asked = {1f, 0f, 0f};
            SearchFilter allButDismissed = SearchFilter.inStates(EnumSet.complementOf(EnumSet.of(ReviewState.DISMISSED)));

            assertThat(desk.matchingMeaning(asked, allButDismissed, 1)).extracting(ArchiveMatch::id).containsExactly("4");
            assertThat(desk.matchingMeaning(asked, allButDismissed, 2)).extracting(ArchiveMatch::id).containsExactly("4", "5");
            assertThat(desk.matchingMeaning(asked, SearchFilter.inStates(Set.of(ReviewState.DISMISSED)), 5)).extracting(ArchiveMatch::id)
                    .containsExactly("1", "2", "3");
        }
    }

    private static IndexedClaim claimIn(String id, ReviewState state) {
        return new IndexedClaim(id, "Claim " + id, null, null, null, state, null, null, null, null);
    }

    private static DeskIndex archiveOf(IndexedClaim... factChecks) throws IOException {
        DeskIndex archive = DeskIndex.inMemory(MatchingWeights.TUNED);
        for (IndexedClaim factCheck : factChecks) {
            archive.put(factCheck);
        }
        archive.refresh();
        return archive;
    }
}
