package org.factdesk.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.factdesk.core.Refusal;

/**
 * What people type into a search box, answered from the desk index: stemmed words, "phrases",
 * prefixes ({@code tik*}), {@code claimant:} and {@code tag:} fields, best first. While the index is
 * being rebuilt the answer is empty-handed ({@link Optional#empty()}) and callers search the database.
 */
@ApplicationScoped
public class DeskSearch {

    /** The text around a match shown on a page. */
    public static final int SNIPPET_LENGTH = 200;
    /** Hits read at a time when the caller narrows them further (for example by who holds a claim). */
    private static final int WINDOW = 200;
    /** Hits looked through for one page at most, so a narrow filter on a broad query stays quick. */
    private static final int MOST_LOOKED_THROUGH = 10_000;

    private final IndexFollower follower;

    DeskSearch(IndexFollower follower) {
        this.follower = follower;
    }

    /** Whether searches come from the index now (false while it is rebuilt). */
    public boolean fromIndex() {
        return follower.readyIndex().isPresent();
    }

    /**
     * Refuses a query the index could not read, naming the parameter it came in; the check is the
     * same whether or not the index is ready, so a query is never refused at one moment and taken at another.
     */
    public void requireReadable(String parameter, String query) {
        if (query != null && query.length() > DeskIndex.MAX_QUERY_LENGTH) {
            throw Refusal.badQuery(parameter, "A search query is at most " + DeskIndex.MAX_QUERY_LENGTH + " characters.");
        }
    }

    /** One page of hits, best first, or empty while the index is rebuilt. */
    public Optional<List<SearchHit>> search(String parameter, String query, SearchFilter filter, int offset, int limit) {
        requireReadable(parameter, query);
        DeskIndex index = follower.readyIndex().orElse(null);
        if (index == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(index.search(query, filter, offset, limit));
        } catch (InvalidQuery e) {
            throw Refusal.badQuery(parameter, e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page of hits kept by the caller's own narrowing, and the offset the next page starts from (or -1 at the end). */
    public record Narrowed<T>(List<T> rows, int nextOffset) {
    }

    /**
     * Hits from {@code offset} on, a window of hits at a time handed to {@code keep} (which answers
     * the rows it keeps by claim id, in one read), until {@code limit} rows are kept, best first; empty
     * while the index is rebuilt. The first window is one page and one hit more (what a caller that
     * narrows nothing further needs); later ones are wider.
     */
    public <T> Optional<Narrowed<T>> searchNarrowed(String parameter, String query, SearchFilter filter, int offset, int limit,
            Function<List<SearchHit>, Map<Long, T>> keep) {
        List<T> kept = new ArrayList<>();
        int at = offset;
        int width = limit + 1;
        while (at - offset < MOST_LOOKED_THROUGH) {
            Optional<List<SearchHit>> window = search(parameter, query, filter, at, width);
            if (window.isEmpty()) {
                return Optional.empty();
            }
            List<SearchHit> hits = window.get();
            Map<Long, T> keptHere = hits.isEmpty() ? Map.of() : keep.apply(hits);
            for (int i = 0; i < hits.size(); i++) {
                T row = keptHere.get(hits.get(i).claimId());
                if (row != null) {
                    if (kept.size() == limit) {
                        // the next page starts at this hit, the first not shown
                        return Optional.of(new Narrowed<>(kept, at + i));
                    }
                    kept.add(row);
                }
            }
            if (hits.size() < width) {
                return Optional.of(new Narrowed<>(kept, -1));
            }
            at += width;
            width = Math.max(width, WINDOW);
        }
        return Optional.of(new Narrowed<>(kept, -1));
    }

    /** The text with the query's words marked, HTML-escaped; the plain start of the text when the index is rebuilt. */
    public String snippet(String query, String text) {
        DeskIndex index = follower.readyIndex().orElse(null);
        if (index == null || query == null || query.isBlank()) {
            return new org.apache.lucene.search.highlight.SimpleHTMLEncoder().encodeText(text);
        }
        return index.snippet(query, text, SNIPPET_LENGTH);
    }
}
