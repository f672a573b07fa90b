package org.factdesk.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleTextTest {

    @Test
    void htmlBecomesItsReadableTextWithoutScriptsOrNavigation() {
        String html = """
                <html><head><title>T</title><script>var tracking = 1;</script></head>
                <body><nav><a href="/">Home</a></nav>
                <article><h1>Chips cut off</h1><p>The US expanded restrictions in <b>August 2020</b>.</p>
                <p>Huawei &amp; Beijing rejected the accusations.</p></article>
                <footer>© Someone</footer></body></html>""";

        String text = ArticleText.fromHtml(html);

        assertThat(text).isEqualTo("Chips cut off\nThe US expanded restrictions in August 2020.\nHuawei & Beijing rejected the accusations.");
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
