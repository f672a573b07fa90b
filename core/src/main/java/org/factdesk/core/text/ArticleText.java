package org.factdesk.core.text;

import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** An article's readable text: HTML parsed with jsoup (scripts, navigation and styling dropped), text tidied. */
public final class ArticleText {

    private static final String NOT_CONTENT = "script, style, noscript, nav, header, footer, aside, form, iframe, svg, figure figcaption";
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, th, dd, dt, div";

    private ArticleText() {
    }

    /** The text of an HTML page or fragment, one block (paragraph, heading, item) per line. */
    public static String fromHtml(String html) {
        Document document = Jsoup.parse(html);
        document.select(NOT_CONTENT).remove();
        Element root = document.selectFirst("article");
        if (root == null) {
            root = document.body();
        }
        StringBuilder text = new StringBuilder();
        for (Element block : root.select(BLOCKS)) {
            if (block.select(BLOCKS).size() == 1 || block.children().stream().noneMatch(c -> c.is(BLOCKS))) {
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
        String start = text.stripLeading().toLowerCase(java.util.Locale.ROOT);
        return start.startsWith("<!doctype html") || start.startsWith("<html") || start.matches("(?s)^<[a-z][a-z0-9]*[\\s>].*");
    }
}
