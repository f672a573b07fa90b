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
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * Published fact-checks in a Lucene index, ranked against a new claim by BM25 over their words and by
 * cosine over their sentence embeddings (HNSW). The claim reviewed and the headline are separate
 * fields: a headline restates the claim in an editor's words, so a repeat that shares words with
 * either is found.
 */
public final class FactCheckArchive implements AutoCloseable {

    /** Only the start of a long text takes part in matching: it keeps a query inside Lucene's clause limit. */
    static final int MATCHED_CHARACTERS = 1_000;

    private static final String ID = "id";
    private static final String CLAIM_REVIEWED = "claimReviewed";
    private static final String HEADLINE = "headline";
    private static final String EMBEDDING = "embedding";

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

    /** Adds the fact-check without a vector, or replaces the one kept under the same id. */
    public void put(ArchivedFactCheck factCheck) throws IOException {
        put(factCheck, null);
    }

    /**
     * Adds the fact-check with the embedding of its text (or none, when null), or replaces the one kept
     * under the same id. Matching sees it after {@link #refresh}.
     */
    public void put(ArchivedFactCheck factCheck, float[] embedding) throws IOException {
        Document document = new Document();
        document.add(new StringField(ID, factCheck.id(), Field.Store.YES));
        document.add(new TextField(CLAIM_REVIEWED, factCheck.claimReviewed(), Field.Store.NO));
        document.add(new TextField(HEADLINE, factCheck.headline(), Field.Store.NO));
        if (embedding != null) {
            document.add(new KnnFloatVectorField(EMBEDDING, embedding, VectorSimilarityFunction.COSINE));
        }
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

    /** The fact-checks that share most words with the text (BM25), best first; none when it has no word worth matching. */
    public List<ArchiveMatch> matchingWords(String text, int limit) throws IOException {
        Query query = queryFor(text);
        return query == null ? List.of() : search(query, limit);
    }

    /** The fact-checks whose embeddings lie closest to this one (cosine, scored (1 + cos) / 2), best first. */
    public List<ArchiveMatch> matchingMeaning(float[] embedding, int limit) throws IOException {
        return search(new KnnFloatVectorQuery(EMBEDDING, embedding, Math.max(limit, 1)), limit);
    }

    private List<ArchiveMatch> search(Query query, int limit) throws IOException {
        if (limit < 1) {
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
