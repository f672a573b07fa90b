package org.factdesk.core.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleTest {

    private static final String BODY = "Hello world.";

    private static Article article() {
        return new Article("Greeting", "Daily News", "https://news.example/hello", null, BODY,
                Instant.parse("2024-03-01T09:00:00Z"));
    }

    @Test
    void anExcerptIsTheTextBetweenTheOffsets() {
        assertThat(article().excerpt(0, 5)).contains("Hello");
        assertThat(article().excerpt(6, 12)).contains("world.");
        assertThat(article().excerpt(0, BODY.length())).contains(BODY);
    }

    @ParameterizedTest(name = "excerpt({0}, {1}) is empty")
    @CsvSource({"-1, 5", "0, 13", "5, 5", "6, 5", "12, 13", "-3, -1"})
    void offsetsOutsideTheBodyOrInTheWrongOrderGiveNoExcerpt(int start, int end) {
        assertThat(article().excerpt(start, end)).isEmpty();
    }
}
