package org.factdesk.core.detection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentences labelled by hand in a tab-separated file: a header line, then {@code 1|0 TAB sentence}
 * per line, 1 for check-worthy.
 */
final class HandLabels {

    private HandLabels() {
    }

    static List<LabelledSentence> read(Path tsv) throws IOException {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        List<LabelledSentence> sentences = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            int tab = line.indexOf('\t');
            int label = Integer.parseInt(line.substring(0, tab).trim());
            sentences.add(new LabelledSentence(line.substring(tab + 1), label == 1 ? 1 : -1, tsv.getFileName().toString()));
        }
        return sentences;
    }
}
