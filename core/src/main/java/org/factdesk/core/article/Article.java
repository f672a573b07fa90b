package org.factdesk.core.article;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.Instant;
import java.util.Optional;

/** A published piece of writing that claims are taken from. */
@Entity
public class Article extends PanacheEntity {

    @Column(nullable = false, length = 500)
    public String title;

    @Column(length = 200)
    public String publisher;

    @Column(length = 2000)
    public String url;

    public Instant publishedAt;

    @Column(nullable = false, length = 1_000_000)
    public String body;

    @Column(nullable = false)
    public Instant createdAt;

    protected Article() {
    }

    public Article(String title, String publisher, String url, Instant publishedAt, String body, Instant createdAt) {
        this.title = title;
        this.publisher = publisher;
        this.url = url;
        this.publishedAt = publishedAt;
        this.body = body;
        this.createdAt = createdAt;
    }

    public static Optional<Article> findByUrl(String url) {
        return find("url", url).firstResultOptional();
    }

    /** The text between two offsets of the body, or empty when they do not fit it. */
    public Optional<String> excerpt(int start, int end) {
        if (start < 0 || end > body.length() || start >= end) {
            return Optional.empty();
        }
        return Optional.of(body.substring(start, end));
    }
}
