package org.factdesk.core.verdict;

import java.time.Instant;

/**
 * A verdict another fact-checker published, as their ClaimReview gives it: who published it and
 * where, their rating ({@code ratingName} fits our lists, {@code ratingAsGiven} keeps their exact
 * words), and when ({@code publishedAt} read from {@code datePublishedAsGiven}, the date exactly as
 * written, both absent when they give none). Values already fit the columns of {@link PublishedVerdict}.
 */
public record ExternalVerdict(String publisher, String publisherUrl, String url, String ratingName,
        String ratingAsGiven, Integer ratingValue, Integer bestRating, Integer worstRating, String explanation,
        String authors, Instant publishedAt, String datePublishedAsGiven) {
}
