package org.factdesk.core.text;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * An article's readable text. An HTML page is narrowed to its main content by Readability (so related
 * links, sidebars, comments and navigation stay out), then read with jsoup one block per line.
 */
public final class ArticleText {

    /** Readability resolves links against the page's address; a page without one gets this, which is never fetched. */
    private static final String NO_ADDRESS = "https://article.invalid/";
    /** Readability's own measure of an article found: below it, it settles for the best it saw. */
    private static final int ARTICLE_LENGTH = 500;

    private static final String NOT_CONTENT = "script, style, noscript, nav, header, footer, aside, form, iframe, svg, figure figcaption";
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, th, dd, dt, div";

    private ArticleText() {
    }

    /** What a page holds for the desk: its text, one block per line, and the title it gives itself, if any. */
    public record Page(String text, Optional<String> title) {
    }

    /**
     * The text of an HTML page or fragment, one block (paragraph, heading, item) per line, with the
     * page's title; {@code url} is where the page was published, or null.
     */
    public static Page fromHtml(String html, String url) {
        Document document = Jsoup.parse(html);
        Article article = new Readability4JExtended(url == null || url.isBlank() ? NO_ADDRESS : url, document.clone()).parse();
        Optional<String> title = Optional.ofNullable(article.getTitle()).map(ArticleText::tidy).filter(t -> !t.isEmpty());
        String whole = wholeTextOf(document);
        Element content = article.getArticleContent();
        String main = content == null ? "" : blocksOf(content);
        return new Page(foundTheArticle(main) ? main : whole, title);
    }

    /**
     * Whether Readability's reading is the article: it must reach the length Readability itself takes
     * for an article found. Less is a pasted fragment or a stub page, too small for what surrounds the
     * text to matter, where Readability may keep one table row or one box of several.
     */
    private static boolean foundTheArticle(String main) {
        return main.length() >= ARTICLE_LENGTH;
    }

    /** The page read without Readability: its {@code <article>} outside navigation and asides, else its body. */
    private static String wholeTextOf(Document document) {
        document.select(NOT_CONTENT).remove();
        Element root = document.selectFirst("article");
        return blocksOf(root == null ? document.body() : root);
    }

    private static String blocksOf(Element root) {
        root.select(NOT_CONTENT).remove();
        StringBuilder text = new StringBuilder();
        for (Element block : root.select(BLOCKS)) {
            // Only the innermost blocks: an outer one's text is theirs again (Readability wraps its content in divs).
            if (block.select(BLOCKS).size() == 1) {
                String line = block.text().strip();
                if (!line.isEmpty()) {
                    text.append(line).append('\n');
                }
            }
        }
        String result = text.toString().strip();
        return result.isEmpty() ? tidy(root.text()) : result;
    }

    /** Plain text with each line trimmed, runs of blank lines folded, and non-breaking spaces made plain. */
    public static String tidy(String text) {
        return text.replace('\u00A0', ' ').replace("\r\n", "\n").replace('\r', '\n').lines()
                .map(String::strip).collect(Collectors.joining("\n")).replaceAll("\n{3,}", "\n\n").strip();
    }

    /** Whether a text is an HTML document rather than plain text. */
    public static boolean looksLikeHtml(String text) {
        String start = text.stripLeading().toLowerCase(Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.matches("(?s)^<[a-z][a-z0-9]*[\\s>].*");
    }
}
