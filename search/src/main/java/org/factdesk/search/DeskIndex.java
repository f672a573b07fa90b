package org.factdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.codecs.perfield.PerFieldKnnVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.factdesk.core.claim.ReviewState;

/**
 * Every claim of the desk, and every fact-check, ours and imported, in one Lucene index: searched by
 * words a person types (stemmed words, "phrases", prefixes, claimant and tag fields), and matched
 * against a new claim by BM25 over its words and by cosine over sentence embeddings (HNSW). The text
 * and a fact-check's headline are separate fields: a headline restates the claim in an editor's words,
 * so a repeat that shares words with either is found. Plain Lucene, no database: what feeds it is
 * {@link IndexFollower}'s job.
 */
public final class DeskIndex implements AutoCloseable {

    /** Only the start of a long text takes part in matching: it keeps a query inside Lucene's clause limit. */
    static final int MATCHED_CHARACTERS = 1_000;
    /** How many claims the words of one match may occur in together, at most (see rarestWithinBudget). */
    static final int MATCHED_POSTINGS = 20_000;
    /** From this many claims on, matching leaves out the words most claims share (see matchingWordsOn). */
    static final int LARGE_DESK = 10_000;
    /** The longest search query read; a search is words and phrases, not a document. */
    public static final int MAX_QUERY_LENGTH = 1_000;

    private static final String ID = "id";
    private static final String TEXT = "text";
    private static final String HEADLINE = "headline";
    private static final String CLAIMANT = "claimant";
    private static final String TAG = "tag";
    private static final String STATE = "state";
    private static final String RATING = "rating";
    private static final String PUBLISHER = "publisher";
    private static final String ORIGIN = "origin";
    private static final String LANGUAGE = "language";
    private static final String PUBLISHED_AT = "publishedAt";
    private static final String EMBEDDING = "embedding";
    private static final String HAS_VECTOR = "hasVector";
    private static final String EMBEDDED_TEXT = "embeddedText";

    private final Directory directory;
    private final Analyzer analyzer;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final MatchingWeights weights;

    private DeskIndex(Directory directory, MatchingWeights weights, IndexWriterConfig.OpenMode mode) throws IOException {
        this.directory = directory;
        this.weights = weights;
        this.analyzer = analyzer();
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(mode).setCodec(new GraphsMergedOnEveryCore());
        this.writer = new IndexWriter(directory, config);
        this.searchers = new SearcherManager(writer, null);
    }

    /**
     * Lucene's codec, with the vector graphs of merged segments built on every core: merging a
     * rebuilt desk's dozens of segments into one is what keeps the vector half of matching fast.
     */
    private static final class GraphsMergedOnEveryCore extends FilterCodec {
        private static final int CORES = Runtime.getRuntime().availableProcessors();
        private static final ExecutorService GRAPH_BUILDERS = CORES < 2 ? null
                : Executors.newFixedThreadPool(CORES, task -> {
                    Thread thread = new Thread(task, "search-index-graph-merge");
                    thread.setDaemon(true);
                    return thread;
                });
        private static final KnnVectorsFormat VECTORS = GRAPH_BUILDERS == null ? new Lucene99HnswVectorsFormat()
                : new Lucene99HnswVectorsFormat(Lucene99HnswVectorsFormat.DEFAULT_MAX_CONN,
                        Lucene99HnswVectorsFormat.DEFAULT_BEAM_WIDTH, CORES, GRAPH_BUILDERS);

        GraphsMergedOnEveryCore() {
            super(Codec.getDefault().getName(), Codec.getDefault());
        }

        @Override
        public KnnVectorsFormat knnVectorsFormat() {
            return new PerFieldKnnVectorsFormat() {
                @Override
                public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                    return VECTORS;
                }
            };
        }
    }

    private static Analyzer analyzer() {
        try {
            // A tag is one word as the desk wrote it, matched whole; every other field is English prose.
            Analyzer wholeLowercase = CustomAnalyzer.builder().withTokenizer("keyword").addTokenFilter("lowercase").build();
            return new PerFieldAnalyzerWrapper(new EnglishAnalyzer(), Map.of(TAG, wholeLowercase));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An index held in memory, for tests and evaluation. */
    public static DeskIndex inMemory(MatchingWeights weights) {
        try {
            return new DeskIndex(new ByteBuffersDirectory(), weights, IndexWriterConfig.OpenMode.CREATE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The index kept in a folder, as last committed; Lucene's own exceptions say when it is corrupt
     * or written by another version.
     */
    public static DeskIndex openInFolder(Path folder, MatchingWeights weights) throws IOException {
        return new DeskIndex(FSDirectory.open(folder), weights, IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    }

    /** An empty index in the folder, whatever was there before (a corrupt index's files are removed first). */
    public static DeskIndex createInFolder(Path folder, MatchingWeights weights) throws IOException {
        java.nio.file.Files.createDirectories(folder);
        try (var files = java.nio.file.Files.list(folder)) {
            for (Path file : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                java.nio.file.Files.delete(file);
            }
        }
        return new DeskIndex(FSDirectory.open(folder), weights, IndexWriterConfig.OpenMode.CREATE);
    }

    /** Adds the claim without a vector, or replaces the one kept under the same id. */
    public void put(IndexedClaim claim) throws IOException {
        put(claim, null);
    }

    /**
     * Adds the claim with the embedding of its text (or none, when null), or replaces the one kept
     * under the same id. Search and matching see it after {@link #refresh}.
     */
    public void put(IndexedClaim claim, float[] embedding) throws IOException {
        Document document = new Document();
        document.add(new StringField(ID, claim.id(), Field.Store.YES));
        document.add(new TextField(TEXT, claim.text(), Field.Store.NO));
        document.add(new TextField(HEADLINE, claim.headline(), Field.Store.NO));
        document.add(new TextField(CLAIMANT, claim.claimant(), Field.Store.NO));
        claim.tags().forEach(tag -> document.add(new TextField(TAG, tag, Field.Store.NO)));
        if (claim.state() != null) {
            document.add(new StringField(STATE, claim.state().name(), Field.Store.NO));
        }
        if (claim.rating() != null) {
            document.add(new StringField(RATING, claim.rating().toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        boolean imported = claim.publisher() != null && !claim.publisher().isBlank();
        document.add(new StringField(ORIGIN, imported ? "imported" : "ours", Field.Store.NO));
        if (imported) {
            document.add(new StringField(PUBLISHER, claim.publisher().strip().toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        if (!claim.language().isEmpty()) {
            document.add(new StringField(LANGUAGE, claim.language(), Field.Store.NO));
        }
        if (claim.publishedAt() != null) {
            document.add(new LongPoint(PUBLISHED_AT, claim.publishedAt().toEpochMilli()));
        }
        document.add(new StringField(HAS_VECTOR, embedding == null ? "no" : "yes", Field.Store.NO));
        if (embedding != null) {
            document.add(new KnnFloatVectorField(EMBEDDING, embedding, VectorSimilarityFunction.COSINE));
            document.add(new StoredField(EMBEDDED_TEXT, claim.textToEmbed().hashCode()));
        }
        writer.updateDocument(new Term(ID, claim.id()), document);
    }

    public void delete(String id) throws IOException {
        writer.deleteDocuments(new Term(ID, id));
    }

    /** Empties the index (kept in a folder until the next commit). */
    public void deleteAll() throws IOException {
        writer.deleteAll();
    }

    /** Makes what was put so far visible to search and matching. */
    public void refresh() throws IOException {
        searchers.maybeRefreshBlocking();
    }

    /** Makes what was put so far durable in the index's folder, with these notes (such as the last event applied). */
    public void commit(Map<String, String> notes) throws IOException {
        writer.setLiveCommitData(Map.copyOf(notes).entrySet());
        writer.commit();
    }

    /** The notes of the last commit, empty for a new index. */
    public Map<String, String> committedNotes() {
        Map<String, String> notes = new HashMap<>();
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            data.forEach(entry -> notes.put(entry.getKey(), entry.getValue()));
        }
        return notes;
    }

    /**
     * Merges the index down to at most this many segments and makes it visible. Matching searches every
     * segment's vector graph apart, so after a rebuild, which leaves dozens, a few answer much faster.
     * Slow on a large desk; searches go on meanwhile.
     */
    public void mergeDown(int segments) throws IOException {
        writer.forceMerge(segments);
        refresh();
    }

    /** How many segments the index is in, as of the last refresh. */
    public int segmentCount() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().leaves().size();
        } finally {
            searchers.release(searcher);
        }
    }

    /** How many claims the index holds, as of the last refresh. */
    public int size() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * The vector kept for this claim when it was embedded from this very text (so an unchanged text
     * need not be embedded again), else null.
     */
    public float[] vectorFor(String id, String textToEmbed) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            TopDocs found = searcher.search(new TermQuery(new Term(ID, id)), 1);
            if (found.scoreDocs.length == 0) {
                return null;
            }
            int doc = found.scoreDocs[0].doc;
            var embeddedField = searcher.storedFields().document(doc, Set.of(EMBEDDED_TEXT)).getField(EMBEDDED_TEXT);
            Number embedded = embeddedField == null ? null : embeddedField.numericValue();
            if (embedded == null || embedded.intValue() != textToEmbed.hashCode()) {
                return null;
            }
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
            FloatVectorValues vectors = leaf.reader().getFloatVectorValues(EMBEDDING);
            int target = doc - leaf.docBase;
            return vectors != null && vectors.advance(target) == target ? vectors.vectorValue().clone() : null;
        } finally {
            searchers.release(searcher);
        }
    }

    /** How many claims still wait for their vector. */
    public int countWithoutVector() throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.count(new TermQuery(new Term(HAS_VECTOR, "no")));
        } finally {
            searchers.release(searcher);
        }
    }

    /** Ids of claims still without a vector, published ones first. */
    public List<String> idsWithoutVector(int limit) throws IOException {
        Query missing = new TermQuery(new Term(HAS_VECTOR, "no"));
        Query published = new BooleanQuery.Builder().add(missing, BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(STATE, ReviewState.PUBLISHED.name())), BooleanClause.Occur.FILTER).build();
        List<String> ids = new ArrayList<>(ids(published, limit));
        if (ids.size() < limit) {
            ids(missing, limit).stream().filter(id -> !ids.contains(id)).limit(limit - ids.size()).forEach(ids::add);
        }
        return ids;
    }

    /**
     * The claims a person's query finds, best first, narrowed by the filter; {@code offset} skips the
     * ones shown on earlier pages.
     *
     * @throws InvalidQuery when the query cannot be read, is too long, or asks for too many words
     */
    public List<SearchHit> search(String query, SearchFilter filter, int offset, int limit) throws IOException {
        Query parsed = parse(query);
        Query narrowed = narrowed(parsed, filter);
        try {
            return hits(narrowed, offset, limit);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQuery("The query asks for too many words at once; use fewer words or a longer prefix.");
        }
    }

    /**
     * The text with the words the query found marked ({@code <mark>}) and everything else escaped for
     * HTML; the start of the text when the query marks nothing in it.
     */
    public String snippet(String query, String text, int length) {
        SimpleHTMLEncoder encoder = new SimpleHTMLEncoder();
        try {
            Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), encoder,
                    new QueryScorer(parse(query), TEXT));
            highlighter.setTextFragmenter(new SimpleFragmenter(length));
            String fragment = highlighter.getBestFragment(analyzer, TEXT, text);
            if (fragment != null) {
                return fragment;
            }
        } catch (IOException | InvalidTokenOffsetsException | InvalidQuery e) {
            // unmarked text below: a snippet is a courtesy, never a reason to fail a page
        }
        return encoder.encodeText(text.length() > length ? text.substring(0, length) + "…" : text);
    }

    /** The claims that share most words with the text (BM25), best first; none when it has no word worth matching. */
    public List<ArchiveMatch> matchingWords(String text, SearchFilter filter, int limit) throws IOException {
        Query query = matchingQuery(text);
        return query == null ? List.of() : matches(narrowed(query, filter), limit);
    }

    public List<ArchiveMatch> matchingWords(String text, int limit) throws IOException {
        return matchingWords(text, SearchFilter.ANY, limit);
    }

    /** The claims whose embeddings lie closest to this one (cosine, scored (1 + cos) / 2), best first. */
    public List<ArchiveMatch> matchingMeaning(float[] embedding, SearchFilter filter, int limit) throws IOException {
        int wanted = Math.max(limit, 1);
        if (leavesOutFewStates(filter)) {
            // A filter handed to the graph search is first read into a bit set over every claim it keeps;
            // when it keeps nearly all of them, finding twice as many neighbours and dropping the few left
            // out costs less. Too few left after that (a desk of mostly dismissed claims) falls through.
            List<ArchiveMatch> kept = matches(narrowed(new KnnFloatVectorQuery(EMBEDDING, embedding, 2 * wanted), filter), limit);
            if (kept.size() >= limit) {
                return kept;
            }
        }
        return matches(new KnnFloatVectorQuery(EMBEDDING, embedding, wanted, narrowed(null, filter)), limit);
    }

    /** A filter on states alone that keeps more states than it leaves out. */
    private static boolean leavesOutFewStates(SearchFilter filter) {
        boolean statesOnly = filter.publisher() == null && !filter.ourOwn() && filter.language() == null
                && filter.publishedSince() == null && filter.tag() == null && filter.claimant() == null;
        return statesOnly && !filter.states().isEmpty() && keepsMostStates(filter.states());
    }

    private static boolean keepsMostStates(Set<ReviewState> kept) {
        return ReviewState.values().length - kept.size() < kept.size();
    }

    public List<ArchiveMatch> matchingMeaning(float[] embedding, int limit) throws IOException {
        return matchingMeaning(embedding, SearchFilter.ANY, limit);
    }

    private Query parse(String query) {
        if (query == null || query.isBlank()) {
            throw new InvalidQuery("Type a word to search for.");
        }
        if (query.length() > MAX_QUERY_LENGTH) {
            throw new InvalidQuery("A search query is at most " + MAX_QUERY_LENGTH + " characters.");
        }
        MultiFieldQueryParser parser = new MultiFieldQueryParser(new String[] {TEXT, HEADLINE, CLAIMANT}, analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        try {
            return parser.parse(withPlainPunctuation(query));
        } catch (ParseException | TokenMgrError e) {
            throw new InvalidQuery("The query could not be read: check its quotes, brackets and field names "
                    + "(words, \"a phrase\", a prefix like tik*, claimant:name, tag:name).");
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidQuery("The query asks for too many words at once; use fewer words.");
        }
    }

    /** Field names a person may type before a colon; any other colon is text ("Update: the mayor said"). */
    private static final Set<String> TYPED_FIELDS = Set.of(TEXT, HEADLINE, CLAIMANT, TAG);

    /**
     * Punctuation that people type as text is escaped, so only deliberate syntax is syntax: a colon
     * after anything but a field name, a minus, plus or bang that does not start a word ("17-year",
     * "--"), a question mark that ends a word ("true?"), and slashes (no regular expressions). Quotes,
     * brackets and operators stay: a query unbalanced in those is refused, not guessed at.
     */
    static String withPlainPunctuation(String query) {
        StringBuilder plain = new StringBuilder(query.length() + 8);
        int length = query.length();
        for (int i = 0; i < length; i++) {
            char c = query.charAt(i);
            char previous = i > 0 ? query.charAt(i - 1) : ' ';
            char next = i + 1 < length ? query.charAt(i + 1) : ' ';
            if (c == '\\' && i + 1 < length) {
                plain.append(c).append(next);
                i++;
            } else if (c == ':') {
                plain.append(TYPED_FIELDS.contains(wordBefore(plain).toLowerCase(Locale.ROOT)) ? ":" : "\\:");
            } else if (c == '-' || c == '+' || c == '!') {
                boolean startsAWord = (Character.isWhitespace(previous) || previous == '(')
                        && !Character.isWhitespace(next) && "-+!)".indexOf(next) < 0;
                plain.append(startsAWord ? String.valueOf(c) : "\\" + c);
            } else if (c == '?' && (Character.isWhitespace(next) || i + 1 == length || "),.;!".indexOf(next) >= 0)) {
                plain.append("\\?");
            } else if (c == '/') {
                plain.append("\\/");
            } else {
                plain.append(c);
            }
        }
        return plain.toString();
    }

    private static String wordBefore(StringBuilder text) {
        int end = text.length();
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        boolean standsAlone = start == 0 || Character.isWhitespace(text.charAt(start - 1)) || "(+-".indexOf(text.charAt(start - 1)) >= 0;
        return standsAlone ? text.substring(start, end) : "";
    }

    /** The query with the filter's conditions added; a filter alone (query null) when nothing is to be scored. */
    private Query narrowed(Query scored, SearchFilter filter) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean any = false;
        if (scored != null) {
            query.add(scored, BooleanClause.Occur.MUST);
            any = true;
        }
        if (!filter.states().isEmpty()) {
            if (scored != null && keepsMostStates(filter.states())) {
                // A filter that keeps nearly every claim makes the scoring visit every claim it keeps;
                // leaving out the few other states instead lets the scored words lead and skip.
                EnumSet.complementOf(EnumSet.copyOf(filter.states())).forEach(state -> query.add(new TermQuery(new Term(STATE, state.name())), BooleanClause.Occur.MUST_NOT));
            } else {
                BooleanQuery.Builder states = new BooleanQuery.Builder();
                filter.states().forEach(state -> states.add(new TermQuery(new Term(STATE, state.name())), BooleanClause.Occur.SHOULD));
                query.add(states.build(), BooleanClause.Occur.FILTER);
            }
            any = true;
        }
        if (filter.ourOwn()) {
            query.add(new TermQuery(new Term(ORIGIN, "ours")), BooleanClause.Occur.FILTER);
            any = true;
        } else if (filter.publisher() != null && !filter.publisher().isBlank()) {
            query.add(new TermQuery(new Term(PUBLISHER, filter.publisher().strip().toLowerCase(Locale.ROOT))), BooleanClause.Occur.FILTER);
            any = true;
        }
        if (filter.language() != null && !filter.language().isBlank()) {
            query.add(new TermQuery(new Term(LANGUAGE, filter.language().strip().toLowerCase(Locale.ROOT))), BooleanClause.Occur.FILTER);
            any = true;
        }
        if (filter.publishedSince() != null) {
            query.add(LongPoint.newRangeQuery(PUBLISHED_AT, filter.publishedSince().toEpochMilli(), Long.MAX_VALUE),
                    BooleanClause.Occur.FILTER);
            any = true;
        }
        if (filter.tag() != null && !filter.tag().isBlank()) {
            query.add(new TermQuery(new Term(TAG, filter.tag().strip().toLowerCase(Locale.ROOT))), BooleanClause.Occur.FILTER);
            any = true;
        }
        if (filter.claimant() != null && !filter.claimant().isBlank()) {
            Query claimant = new QueryBuilder(analyzer).createBooleanQuery(CLAIMANT, filter.claimant(), BooleanClause.Occur.MUST);
            if (claimant != null) {
                query.add(claimant, BooleanClause.Occur.FILTER);
                any = true;
            }
        }
        return any ? query.build() : null;
    }

    private List<SearchHit> hits(Query query, int offset, int limit) throws IOException {
        return matches(query, offset, offset + limit).stream().map(match -> new SearchHit(Long.parseLong(match.id()), match.score()))
                .toList();
    }

    private List<String> ids(Query query, int limit) throws IOException {
        return matches(query, limit).stream().map(ArchiveMatch::id).toList();
    }

    private List<ArchiveMatch> matches(Query query, int limit) throws IOException {
        return matches(query, 0, limit);
    }

    /** The best {@code limit} hits less the first {@code skipped} (shown on earlier pages), whose ids are not read. */
    private List<ArchiveMatch> matches(Query query, int skipped, int limit) throws IOException {
        if (limit <= skipped) {
            return List.of();
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            ScoreDoc[] found = searcher.search(query, limit).scoreDocs;
            ScoreDoc[] hits = Arrays.copyOfRange(found, Math.min(skipped, found.length), found.length);
            // Ids are read in document order, so hits stored side by side cost one decompression, not one each.
            Integer[] inDocOrder = new Integer[hits.length];
            for (int i = 0; i < hits.length; i++) {
                inDocOrder[i] = i;
            }
            Arrays.sort(inDocOrder, Comparator.comparingInt(i -> hits[i].doc));
            StoredFields stored = searcher.storedFields();
            String[] ids = new String[hits.length];
            Set<String> onlyId = Set.of(ID);
            for (int i : inDocOrder) {
                ids[i] = stored.document(hits[i].doc, onlyId).get(ID);
            }
            List<ArchiveMatch> matches = new ArrayList<>(hits.length);
            for (int i = 0; i < hits.length; i++) {
                matches.add(new ArchiveMatch(ids[i], hits[i].score));
            }
            return matches;
        } finally {
            searchers.release(searcher);
        }
    }

    private Query matchingQuery(String text) throws IOException {
        String matched = text.length() > MATCHED_CHARACTERS ? text.substring(0, MATCHED_CHARACTERS) : text;
        IndexSearcher searcher = searchers.acquire();
        try {
            IndexReader reader = searcher.getIndexReader();
            Query onText = matchingWordsOn(reader, TEXT, matched);
            Query onHeadline = matchingWordsOn(reader, HEADLINE, matched);
            if (onText == null && onHeadline == null) {
                return null;
            }
            BooleanQuery.Builder query = new BooleanQuery.Builder();
            if (onText != null) {
                query.add(new BoostQuery(onText, weights.claimReviewed()), BooleanClause.Occur.SHOULD);
            }
            if (onHeadline != null) {
                query.add(new BoostQuery(onHeadline, weights.headline()), BooleanClause.Occur.SHOULD);
            }
            return query.build();
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * The text's words (each as often as it occurs) as a query on one field. On a large desk the words
     * found in more than a fifth of the claims are left out while rarer ones remain: they say next to
     * nothing about a match (BM25 gives them almost no weight), yet they would make the scoring visit
     * most of the index.
     */
    private Query matchingWordsOn(IndexReader reader, String field, String text) throws IOException {
        List<Term> words = new ArrayList<>();
        try (TokenStream tokens = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                words.add(new Term(field, term.toString()));
            }
            tokens.end();
        }
        if (words.isEmpty()) {
            return null;
        }
        List<Term> telling = words;
        if (reader.numDocs() >= LARGE_DESK) {
            int common = reader.numDocs() / 5;
            List<Term> rarer = new ArrayList<>();
            for (Term word : words) {
                if (reader.docFreq(word) <= common) {
                    rarer.add(word);
                }
            }
            if (!rarer.isEmpty()) {
                telling = rarer;
            }
        }
        Set<Term> read = rarestWithinBudget(reader, telling);
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        telling.stream().filter(read::contains).forEach(word -> query.add(new TermQuery(word), BooleanClause.Occur.SHOULD));
        return query.build();
    }

    /**
     * The rarest of the words, as many as together occur in at most {@link #MATCHED_POSTINGS} claims
     * (and the rarest one whatever its count), so one match reads about as much on a desk of a million
     * claims as on one of a hundred thousand. What is left out is the words that many claims share,
     * which weigh least in BM25 and which the embeddings cover for meaning.
     */
    private static Set<Term> rarestWithinBudget(IndexReader reader, List<Term> words) throws IOException {
        Map<Term, Integer> counts = new HashMap<>();
        for (Term word : words) {
            if (!counts.containsKey(word)) {
                counts.put(word, reader.docFreq(word));
            }
        }
        List<Term> rarestFirst = new ArrayList<>(counts.keySet());
        rarestFirst.sort(Comparator.comparingInt(counts::get));
        Set<Term> kept = new java.util.HashSet<>();
        long postings = 0;
        for (Term word : rarestFirst) {
            postings += counts.get(word);
            if (!kept.isEmpty() && postings > MATCHED_POSTINGS) {
                break;
            }
            kept.add(word);
        }
        return kept;
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
