package org.factdesk.core.detection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.factdesk.core.text.SentenceSplitter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The seed article, split into sentences and labelled by hand in seed-article-labels.tsv. */
class SeedArticleRankingTest {

    private static final String ARTICLE = "seeds/src/main/resources/seeds/000_2af8102a803e2121.txt";

    private final CheckWorthiness detector = CheckWorthiness.bundled();

    @ParameterizedTest
    @ValueSource(strings = {
            "giving TikTok's parent company ByteDance 90 days to sell its US business",
            "The US blacklisted the tech giant in 2019",
            "in August 2020 the US expanded restrictions",
            "The eight key principles which were outlined"})
    void theArticlesKeyFactualSentencesRankInItsTopThird(String fragment) throws Exception {
        List<String> ranked = labels().stream()
                .map(LabelledSentence::text)
                .sorted(Comparator.comparingDouble(detector::score).reversed())
                .toList();
        int topThird = (ranked.size() + 2) / 3;

        assertThat(ranked.subList(0, topThird)).anyMatch(sentence -> sentence.contains(fragment));
    }

    @Test
    void mostHandLabelledClaimsAreFoundAndFewCaptionsOrOpinionsAre() throws Exception {
        List<LabelledSentence> labels = labels();
        EvaluateCheckWorthiness.Scored scored = EvaluateCheckWorthiness.Scored.of(detector, labels);
        DetectionMetrics metrics = DetectionMetrics.at(scored.scores(), scored.positive(), detector.threshold());

        assertThat(metrics.recall()).isGreaterThanOrEqualTo(0.75);
        assertThat(metrics.precision()).isGreaterThanOrEqualTo(0.6);
        assertThat(DetectionMetrics.averagePrecision(scored.scores(), scored.positive())).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void theHandLabelsCoverTheArticleSentenceBySentence() throws Exception {
        Path article = RepositoryFiles.requireOrSkip(ARTICLE, "the seed article");
        List<String> sentences = SentenceSplitter.split(Files.readString(article, StandardCharsets.UTF_8)).stream()
                .map(SentenceSplitter.Sentence::text).toList();

        assertThat(labels()).extracting(LabelledSentence::text).containsExactlyElementsOf(sentences);
    }

    private static List<LabelledSentence> labels() throws IOException, URISyntaxException {
        return HandLabels.read(Path.of(SeedArticleRankingTest.class.getResource("/detection/seed-article-labels.tsv").toURI()));
    }
}
