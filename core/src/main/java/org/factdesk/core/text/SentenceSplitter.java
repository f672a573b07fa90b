package org.factdesk.core.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits English text into sentences with Apache OpenNLP's trained model (from Maven Central,
 * loaded from the classpath — nothing is downloaded), keeping each sentence's offsets in the text
 * so a claim can point back at where it stands in its article.
 */
public final class SentenceSplitter {

    private static final String MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    /** Abbreviations news writing uses before a number or a name; the model sometimes ends a sentence at them. */
    private static final Pattern ENDS_WITH_ABBREVIATION = Pattern.compile(
            "(?:^|\\s)(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mr|Mrs|Ms|Dr|Prof|Gen|Gov|Sen|Rep|St|No|Nos|vs|approx|est|Inc|Corp|Ltd|Co)\\.$");
    /** "7 a.m." or "8 p.m.": the sentence goes on when a lower-case word, a number, a day or a month follows. */
    private static final Pattern ENDS_WITH_TIME_OF_DAY = Pattern.compile("(?i)\\b[ap]\\.m\\.$");
    private static final Pattern DAY_OR_MONTH = Pattern.compile("^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b"
            + "|^(?:January|February|March|April|May|June|July|August|September|October|November|December)\\b");
    /** An initial, "J." or "K.", before a name. */
    private static final Pattern ENDS_WITH_INITIAL = Pattern.compile("(?:^|\\s)\\p{Lu}\\.$");
    private static final SentenceModel SENTENCE_MODEL = load();

    /** A sentence and where it stands in the text it came from. */
    public record Sentence(String text, int start, int end) {
    }

    private SentenceSplitter() {
    }

    /** The sentences of a text; paragraphs (blank lines or line breaks) always end a sentence. */
    public static List<Sentence> split(String text) {
        // The detector is not thread-safe; one per call is cheap next to the work it does.
        SentenceDetectorME detector = new SentenceDetectorME(SENTENCE_MODEL);
        List<Sentence> sentences = new ArrayList<>();
        int paragraphStart = 0;
        while (paragraphStart < text.length()) {
            int paragraphEnd = text.indexOf('\n', paragraphStart);
            if (paragraphEnd < 0) {
                paragraphEnd = text.length();
            }
            String paragraph = text.substring(paragraphStart, paragraphEnd);
            Sentence pending = null;
            for (Span span : detector.sentPosDetect(paragraph)) {
                String covered = span.getCoveredText(paragraph).toString().strip();
                if (covered.isEmpty()) {
                    continue;
                }
                int start = paragraphStart + paragraph.indexOf(covered, span.getStart());
                Sentence sentence = new Sentence(covered, start, start + covered.length());
                if (pending != null && continuesAfterAbbreviation(pending, sentence)) {
                    sentence = new Sentence(textBetween(paragraph, paragraphStart, pending.start(), sentence.end()),
                            pending.start(), sentence.end());
                } else if (pending != null) {
                    sentences.add(pending);
                }
                pending = sentence;
            }
            if (pending != null) {
                sentences.add(pending);
            }
            paragraphStart = paragraphEnd + 1;
        }
        return sentences;
    }

    /** "… on Aug." followed by "5, 2020." is one sentence, not two; so are "7 a.m. on Monday" and "J. K. Rowling". */
    private static boolean continuesAfterAbbreviation(Sentence previous, Sentence next) {
        char first = next.text().charAt(0);
        if (ENDS_WITH_TIME_OF_DAY.matcher(previous.text()).find()) {
            return Character.isLowerCase(first) || Character.isDigit(first) || DAY_OR_MONTH.matcher(next.text()).find();
        }
        if (ENDS_WITH_INITIAL.matcher(previous.text()).find() && Character.isUpperCase(first)) {
            return true;
        }
        return ENDS_WITH_ABBREVIATION.matcher(previous.text()).find()
                && (Character.isDigit(first) || Character.isLowerCase(first) || Character.isUpperCase(first)
                        && previous.text().matches("(?s).*\\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Gov|Sen|Rep|St)\\.$"));
    }

    private static String textBetween(String paragraph, int paragraphStart, int start, int end) {
        return paragraph.substring(start - paragraphStart, end - paragraphStart);
    }

    private static SentenceModel load() {
        try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("The OpenNLP English sentence model " + MODEL + " is not on the classpath.");
            }
            return new SentenceModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The OpenNLP sentence model could not be read", e);
        }
    }
}
