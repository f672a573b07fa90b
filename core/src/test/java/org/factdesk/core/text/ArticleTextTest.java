package org.factdesk.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleTextTest {

    private static String resource(String name) throws IOException {
        try (InputStream in = ArticleTextTest.class.getResourceAsStream("/text/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> sentencesOf(String text) {
        return SentenceSplitter.split(text).stream().map(SentenceSplitter.Sentence::text).toList();
    }

    @Test
    void htmlBecomesItsReadableTextWithoutScriptsOrNavigation() {
        String html = """
                <html><head><title>T</title><script>var tracking = 1;</script></head>
                <body><nav><a href="/">Home</a></nav>
                <article><h1>Chips cut off</h1><p>The US expanded restrictions in <b>August 2020</b>.</p>
                <p>Huawei &amp; Beijing rejected the accusations.</p></article>
                <footer>© Someone</footer></body></html>""";

        String text = ArticleText.fromHtml(html, null).text();

        assertThat(text).isEqualTo("Chips cut off\nThe US expanded restrictions in August 2020.\nHuawei & Beijing rejected the accusations.");
    }

    @Test
    void aNewsPageGivesOnlyItsStoryNotItsNavigationSidebarReadMoreBoxFooterOrComments() throws IOException {
        String text = ArticleText.fromHtml(resource("news-page.html"), "https://courier.example/news/transport/bus-cuts/").text();

        assertThat(text.lines()).containsExactly(
                "Riverside Council will withdraw funding from 14 bus routes in April, a cut that the transport committee says "
                        + "will save £2.3 million a year.",
                "The decision, approved on Tuesday by seven votes to four, follows a 12 percent rise in single fares that took "
                        + "effect in January, according to the council's published budget.",
                "Passenger numbers on the affected routes fell by a third between 2019 and 2023, the committee's chair, "
                        + "Priya Shah, told the meeting, and most now carry fewer than ten people an hour.",
                "Campaigners said the cuts would leave villages to the north of the city without any evening service, and that "
                        + "older residents would be hit hardest.",
                "\"People who cannot drive are being cut off from their doctors and their families,\" said Tom Ellis of the "
                        + "Riverside Bus Users' Group, which has collected more than 5,000 signatures against the plan.",
                "The council said it would review the routes again in the autumn and that a demand-responsive minibus service "
                        + "would run on three of them from May.");
    }

    @Test
    void aRelatedLinksListIsNotPartOfTheArticle() throws IOException {
        String text = ArticleText.fromHtml(resource("seed-article.html"), null).text();

        assertThat(sentencesOf(text))
                .contains("Beijing and Huawei have been consistently rejecting all spying accusations.")
                .anyMatch(s -> s.startsWith("Earlier, President Donald Trump signed an executive order on 14 August"))
                .noneMatch(s -> s.contains("Nearly A Third Of US Uses TikTok"))
                .noneMatch(s -> s.contains("Reserve Currency in 10 Years"))
                .noneMatch(s -> s.contains("Outsourcing to China From Getting Federal Contracts"))
                .noneMatch(s -> s.contains("Community standards"));
    }

    @Test
    void aPageWithoutAGivenTitleOffersItsOwn() throws IOException {
        assertThat(ArticleText.fromHtml(resource("seed-article.html"), null).title())
                .hasValue("US ratchets up pressure on Chinese tech firms as Beijing unveils global data security initiative");
        assertThat(ArticleText.fromHtml("<p>No title here, only a sentence.</p>", null).title()).isEmpty();
    }

    @Test
    void aPastedFragmentStillGivesAllItsText() {
        String fragment = "<table><tr><td>Exports fell 40 percent in 2019.</td></tr><tr><td>Imports rose 3 percent.</td></tr>"
                + "</table><p>Source: the <a href=\"/trade\">trade ministry</a>.</p>";

        assertThat(ArticleText.fromHtml(fragment, null).text())
                .isEqualTo("Exports fell 40 percent in 2019.\nImports rose 3 percent.\nSource: the trade ministry.");
        assertThat(ArticleText.fromHtml("Just a sentence, no markup at all.", null).text())
                .isEqualTo("Just a sentence, no markup at all.");
    }

    @Test
    void plainTextIsTidied() {
        assertThat(ArticleText.tidy("  One line.\u00A0 \r\n\r\n\r\n\r\n   Two.  ")).isEqualTo("One line.\n\nTwo.");
    }

    @Test
    void htmlIsToldApartFromText() {
        assertThat(ArticleText.looksLikeHtml("<!DOCTYPE html><html></html>")).isTrue();
        assertThat(ArticleText.looksLikeHtml("<p>Hello</p>")).isTrue();
        assertThat(ArticleText.looksLikeHtml("Prices rose < 3% in May.")).isFalse();
    }
}
