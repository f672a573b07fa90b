package org.factdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * Published fact-checks in a Lucene index, ranked by BM25 against the text of a new claim. The claim
 * reviewed and the headline are separate fields: a headline restates the claim in an editor's words,
 * so a repeat that shares words with either is found.
 */
public final class FactCheckArchive implements AutoCloseable {

    /** Only the start of a long text takes part in matching: it keeps a query inside Lucene's clause limit. */
    static final int MATCHED_CHARACTERS = 1_000;

    private static final String ID = "id";
    private static final String CLAIM_REVIEWED = "claimReviewed";
    private static final String HEADLINE = "headline";

    private final Directory directory;
    private final Analyzer analyzer = new EnglishAnalyzer();
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final MatchingWeights weights;

    private FactCheckArchive(Directory directory, MatchingWeights weights) throws IOException {
        this.directory = directory;
        this.weights = weights;
        this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
        this.searchers = new SearcherManager(writer, null);
    }

    /** An archive held in memory, for tests and evaluation. */
    public static FactCheckArchive inMemory(MatchingWeights weights) {
        try {
            return new FactCheckArchive(new ByteBuffersDirectory(), weights);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An archive kept in a folder; what was committed there before is there again. */
    public static FactCheckArchive inFolder(Path folder, MatchingWeights weights) throws IOException {
        return new FactCheckArchive(FSDirectory.open(folder), weights);
    }

    /** Adds the fact-check, or replaces the one kept under the same id. Seen by {@link #matching} after {@link #refresh}. */
    public void put(ArchivedFactCheck factCheck) throws IOException {
        Document document = new Document();
        document.add(new StringField(ID, factCheck.id(), Field.Store.YES));
        document.add(new TextField(CLAIM_REVIEWED, factCheck.claimReviewed(), Field.Store.NO));
        document.add(new TextField(HEADLINE, factCheck.headline(), Field.Store.NO));
        writer.updateDocument(new Term(ID, factCheck.id()), document);
    }

    /** Makes what was put so far visible to matching. */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** Makes what was put so far durable in the archive's folder. */
    public void commit() throws IOException {
        writer.commit();
    }

    /** The fact-checks closest to the text, best first; none when the text has no word worth matching. */
    public List<ArchiveMatch> matching(String text, int limit) throws IOException {
        Query query = queryFor(text);
        if (query == null || limit < 1) {
            return List.of();
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            List<ArchiveMatch> matches = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query, limit).scoreDocs) {
                matches.add(new ArchiveMatch(searcher.storedFields().document(hit.doc).get(ID), hit.score));
            }
            return matches;
        } finally {
            searchers.release(searcher);
        }
    }

    private Query queryFor(String text) {
        String matched = text.length() > MATCHED_CHARACTERS ? text.substring(0, MATCHED_CHARACTERS) : text;
        QueryBuilder builder = new QueryBuilder(analyzer);
        Query onClaim = builder.createBooleanQuery(CLAIM_REVIEWED, matched);
        Query onHeadline = builder.createBooleanQuery(HEADLINE, matched);
        if (onClaim == null && onHeadline == null) {
            return null;
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        if (onClaim != null) {
            query.add(new BoostQuery(onClaim, weights.claimReviewed()), BooleanClause.Occur.SHOULD);
        }
        if (onHeadline != null) {
            query.add(new BoostQuery(onHeadline, weights.headline()), BooleanClause.Occur.SHOULD);
        }
        return query.build();
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
