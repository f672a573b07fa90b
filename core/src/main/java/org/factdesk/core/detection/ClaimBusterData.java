package org.factdesk.core.detection;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** Reads the ClaimBuster benchmark files (crowdsourced.csv, groundtruth.csv). */
final class ClaimBusterData {

    static final String DEFAULT_FOLDER = "../shared/data/claimbuster";
    static final String TRAINING_FILE = "crowdsourced.csv";
    static final String EVALUATION_FILE = "groundtruth.csv";

    private ClaimBusterData() {
    }

    static List<LabelledSentence> read(Path csv) throws IOException {
        if (!Files.isRegularFile(csv)) {
            throw new IOException(csv.toAbsolutePath().normalize() + " not found: pass the ClaimBuster data folder");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        List<LabelledSentence> sentences = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            for (CSVRecord row : format.parse(reader)) {
                sentences.add(new LabelledSentence(row.get("Text"), Integer.parseInt(row.get("Verdict").trim()),
                        row.get("File_id")));
            }
        }
        return sentences;
    }
}
