package org.factdesk.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ArticleBytesTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** "Café “open”" in windows-1252: é is E9, the curly quotes are 93 and 94. */
    private static final String CAFE = "Caf\u00e9 \u201copen\u201d";

    @Test
    void aPageIsReadInTheCharsetItsMetaElementDeclares() {
        byte[] page = ("<html><head><meta charset=\"windows-1252\"><title>T</title></head><body><p>" + CAFE + "</p></body></html>")
                .getBytes(WINDOWS_1252);

        assertThat(ArticleBytes.decode(page, "text/html")).contains("<p>" + CAFE + "</p>");
    }

    @Test
    void aPageIsReadInTheCharsetItsHttpEquivDeclares() {
        byte[] page = ("<html><head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=windows-1252\"></head>"
                + "<body><p>" + CAFE + "</p></body></html>").getBytes(WINDOWS_1252);

        assertThat(ArticleBytes.decode(page, null)).contains(CAFE);
    }

    @Test
    void latinOneIsReadAsWindows1252AsBrowsersDoSoCurlyQuotesComeOutRight() {
        byte[] page = ("<p>" + CAFE + "</p>").getBytes(WINDOWS_1252);

        assertThat(ArticleBytes.decode(page, "text/html; charset=ISO-8859-1")).isEqualTo("<p>" + CAFE + "</p>");
        assertThat(ArticleBytes.decode(("<meta charset=latin1>" + CAFE).getBytes(WINDOWS_1252), null)).endsWith(CAFE);
    }

    @Test
    void theSendersCharsetOutranksThePagesOwnDeclaration() {
        byte[] page = ("<meta charset=\"utf-8\"><p>" + CAFE + "</p>").getBytes(WINDOWS_1252);

        assertThat(ArticleBytes.decode(page, "text/html;charset=\"windows-1252\"")).endsWith(CAFE + "</p>");
    }

    @Test
    void aByteOrderMarkOutranksEveryDeclarationAndIsNotPartOfTheText() {
        byte[] utf8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                ("<meta charset=windows-1252><p>" + CAFE).getBytes(StandardCharsets.UTF_8));
        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, ("<p>" + CAFE).getBytes(StandardCharsets.UTF_16LE));

        assertThat(ArticleBytes.decode(utf8, "text/html; charset=windows-1252")).isEqualTo("<meta charset=windows-1252><p>" + CAFE);
        assertThat(ArticleBytes.decode(utf16, null)).isEqualTo("<p>" + CAFE);
    }

    @Test
    void textThatDeclaresNothingIsUtf8() {
        assertThat(ArticleBytes.decode(CAFE.getBytes(StandardCharsets.UTF_8), "text/plain")).isEqualTo(CAFE);
    }

    @Test
    void bytesThatAreNotUtf8AreRefusedWhenNothingElseIsDeclared() {
        byte[] page = ("<p>" + CAFE + "</p>").getBytes(WINDOWS_1252);

        assertThatThrownBy(() -> ArticleBytes.decode(page, "text/html")).isInstanceOf(ArticleBytes.UnreadableText.class)
                .hasMessageContaining("declares no charset").hasMessageContaining("byte 7 ");
    }

    @Test
    void bytesThatAreNotTextInTheDeclaredCharsetAreRefused() {
        byte[] undefinedIn1252 = concat("<meta charset=windows-1252><p>Caf".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0x81});
        byte[] brokenUtf8 = concat("<meta charset=\"utf-8\"><p>".getBytes(StandardCharsets.US_ASCII),
                new byte[] {(byte) 0xC3, (byte) 0x28});

        assertThatThrownBy(() -> ArticleBytes.decode(undefinedIn1252, null)).isInstanceOf(ArticleBytes.UnreadableText.class)
                .hasMessageContaining("declares the charset windows-1252").hasMessageContaining("byte 34 ");
        assertThatThrownBy(() -> ArticleBytes.decode(brokenUtf8, null)).isInstanceOf(ArticleBytes.UnreadableText.class)
                .hasMessageContaining("declares the charset utf-8");
    }

    @Test
    void aCharsetNobodyKnowsIsRefusedRatherThanGuessed() {
        assertThatThrownBy(() -> ArticleBytes.decode("<p>x</p>".getBytes(StandardCharsets.US_ASCII), "text/html; charset=x-klingon"))
                .isInstanceOf(ArticleBytes.UnreadableText.class).hasMessageContaining("\"x-klingon\"");
        assertThatThrownBy(() -> ArticleBytes.decode("<meta charset=\"<script>\"><p>x".getBytes(StandardCharsets.US_ASCII), null))
                .isInstanceOf(ArticleBytes.UnreadableText.class).hasMessageContaining("cannot read");
    }

    @Test
    void aNulCharacterMeansTheBytesAreNotText() {
        assertThatThrownBy(() -> ArticleBytes.decode(new byte[] {'P', 'K', 3, 4, 0, 0}, null))
                .isInstanceOf(ArticleBytes.UnreadableText.class).hasMessageContaining("NUL");
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
