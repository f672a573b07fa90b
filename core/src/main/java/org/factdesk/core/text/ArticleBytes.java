package org.factdesk.core.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * An article sent as bytes (an uploaded file, an HTML body), read as text in the charset it
 * declares, found as browsers find it: a byte order mark, else the charset its sender names
 * (HTTP Content-Type), else the page's own {@code <meta charset>} or http-equiv, else UTF-8.
 * Bytes that are not text in that charset are refused, never read as replacement characters.
 */
public final class ArticleBytes {

    /** How far into a page its charset declaration is looked for: the head of any real page. */
    static final int DECLARATION_WITHIN = 64 * 1024;
    private static final Pattern CHARSET_PARAMETER = Pattern.compile("(?i)\\bcharset\\s*=\\s*[\"']?([^\\s;\"']+)");

    private ArticleBytes() {
    }

    /** Why bytes could not be read as text, in a sentence for the person who sent them. */
    public static final class UnreadableText extends RuntimeException {
        UnreadableText(String message) {
            super(message, null, false, false);
        }
    }

    /** The text of the bytes; {@code contentType} is what their sender said they are, or null. */
    public static String decode(byte[] bytes, String contentType) {
        String label;
        int start = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            label = "UTF-8";
            start = 3;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            label = "UTF-16BE";
            start = 2;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            label = "UTF-16LE";
            start = 2;
        } else {
            label = charsetParameter(contentType).or(() -> declaredInPage(bytes)).orElse(null);
        }
        String text = strictly(ByteBuffer.wrap(bytes, start, bytes.length - start), label);
        if (text.indexOf('\u0000') >= 0) {
            throw new UnreadableText("The article holds a NUL character (U+0000), so it is not text or HTML; nothing was imported.");
        }
        return text;
    }

    /** Decodes in the charset the label names, or UTF-8 when there is none; the first bad byte is named. */
    private static String strictly(ByteBuffer bytes, String label) {
        Charset charset = label == null ? StandardCharsets.UTF_8 : charsetNamed(label);
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer text = CharBuffer.allocate((int) (bytes.remaining() * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(bytes, text, true);
        if (!result.isError()) {
            result = decoder.flush(text);
        }
        if (result.isError()) {
            long at = bytes.position() + 1L;
            throw new UnreadableText(label == null
                    ? "The article declares no charset, and byte " + at + " is not UTF-8 text; nothing was imported. "
                            + "Declare its charset (<meta charset=\"…\">) or save it as UTF-8."
                    : "The article declares the charset " + shortened(label) + ", but byte " + at + " is not "
                            + charset.name() + " text; nothing was imported. Save it again in the charset it declares, "
                            + "or as UTF-8.");
        }
        return text.flip().toString();
    }

    private static Optional<String> charsetParameter(String contentType) {
        if (contentType == null) {
            return Optional.empty();
        }
        Matcher charset = CHARSET_PARAMETER.matcher(contentType);
        return charset.find() ? Optional.of(charset.group(1)) : Optional.empty();
    }

    /**
     * The page's {@code <meta charset>} or {@code <meta http-equiv="Content-Type">}. Every charset a
     * page can declare this way writes ASCII as ASCII, so the head reads right byte for character.
     */
    private static Optional<String> declaredInPage(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_WITHIN), StandardCharsets.ISO_8859_1);
        if (!head.toLowerCase(Locale.ROOT).contains("<meta")) {
            return Optional.empty();
        }
        for (Element meta : Jsoup.parse(head).select("meta[charset], meta[http-equiv=content-type][content]")) {
            Optional<String> declared = meta.hasAttr("charset") ? Optional.of(meta.attr("charset").strip())
                    : charsetParameter(meta.attr("content"));
            if (declared.isPresent() && !declared.get().isEmpty()) {
                // A page that reads as ASCII here cannot be UTF-16, whatever it says (as browsers decide).
                return declared.map(name -> name.toLowerCase(Locale.ROOT).startsWith("utf-16") ? "utf-8" : name);
            }
        }
        return Optional.empty();
    }

    /**
     * The charset a label names. Like browsers, Latin-1 and ASCII labels are read as windows-1252,
     * the superset that pages labelled so are really written in (curly quotes, the euro sign).
     */
    private static Charset charsetNamed(String label) {
        Charset charset;
        try {
            charset = Charset.forName(label.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UnreadableText("The article declares the charset \"" + shortened(label) + "\", which Factdesk "
                    + "cannot read; nothing was imported. Save it as UTF-8.");
        }
        if (charset.equals(StandardCharsets.ISO_8859_1) || charset.equals(StandardCharsets.US_ASCII)) {
            return Charset.forName("windows-1252");
        }
        return charset;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        int[] start = new int[prefix.length];
        Arrays.setAll(start, i -> bytes[i] & 0xFF);
        return Arrays.equals(start, prefix);
    }

    private static String shortened(String label) {
        String printable = label.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
    }
}
