package org.factdesk.search;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CLEF CheckThat! 2020 Task 2 as its README lays it out: the archive of verified claims, and for
 * each split the tweets and the judgement naming the fact-check that verifies each tweet.
 */
public record ClaimRetrievalData(List<IndexedClaim> archive, Map<String, String> tweets,
        Map<String, String> verifyingFactCheck) {

    public static final String DEFAULT_FOLDER = "../shared/data/ct20-claim-retrieval";
    public static final String ARCHIVE_FILE = "verified_claims.docs.tsv";

    public static ClaimRetrievalData read(Path folder, String split) throws IOException {
        List<IndexedClaim> archive = new ArrayList<>();
        for (String[] row : rows(folder.resolve(ARCHIVE_FILE), 3)) {
            archive.add(IndexedClaim.factCheck(row[0], row[1], row[2]));
        }
        Map<String, String> tweets = new LinkedHashMap<>();
        for (String[] row : rows(folder.resolve(split).resolve("tweets.queries.tsv"), 2)) {
            tweets.put(row[0], row[1]);
        }
        Map<String, String> verifying = new LinkedHashMap<>();
        for (String[] row : rows(folder.resolve(split).resolve("tweet-vclaim-pairs.qrels"), 4)) {
            verifying.put(row[0], row[2]);
        }
        return new ClaimRetrievalData(archive, tweets, verifying);
    }

    /** The data rows: cells may be quoted; the header (whose first cell is not a number) is passed over. */
    private static List<String[]> rows(Path file, int columns) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException(file.toAbsolutePath().normalize() + " not found: pass the ct20-claim-retrieval folder");
        }
        List<String[]> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord record : CSVFormat.TDF.parse(reader)) {
                if (record.size() >= 2 && record.get(0).strip().matches("\\d+")) {
                    String[] cells = new String[columns];
                    for (int i = 0; i < columns; i++) {
                        cells[i] = i < record.size() ? record.get(i) : "";
                    }
                    cells[0] = cells[0].strip();
                    rows.add(cells);
                }
            }
        }
        return rows;
    }
}
