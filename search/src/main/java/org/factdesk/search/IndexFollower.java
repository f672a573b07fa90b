package org.factdesk.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import org.factdesk.core.settings.DeskSettings;
import org.factdesk.workflow.events.EventAppended;
import org.factdesk.workflow.events.ReviewEvent;
import org.jboss.logging.Logger;

/**
 * Keeps this instance's {@link DeskIndex} a full, current replica of the desk by following the event
 * log, which is gap-free and in commit order: it remembers the last event it applied (in the index's
 * commit notes) and applies the ones after it at start, every second, and when a transaction of this
 * instance commits. Applying an event re-reads its claim, so applying one twice does no harm. An index
 * that is missing, unreadable, of another schema version or of another database is rebuilt from the
 * database in the background; the database stays the only source of truth.
 */
@ApplicationScoped
public class IndexFollower {

    /** Bumped whenever what a document holds changes; an index of another version is rebuilt. */
    static final String SCHEMA_VERSION = "1";
    static final String SCHEMA_NOTE = "schema";
    static final String LAST_SEQ_NOTE = "lastSeq";
    static final String DESK_NOTE = "desk";
    private static final int BATCH = 1_000;
    private static final int VECTOR_BATCH = 64;
    /** How long a committing request waits for its change to be searchable before it answers anyway. */
    private static final Duration READ_YOUR_WRITES_WAIT = Duration.ofSeconds(1);
    /** How long start-up waits for the index before it lets requests in and rebuilds in the background. */
    private static final Duration START_WAIT = Duration.ofSeconds(5);
    private static final Logger LOG = Logger.getLogger(IndexFollower.class);

    private final Path folder;
    private final EntityManager entityManager;
    private final ReentrantLock writing = new ReentrantLock();
    private final ScheduledExecutorService follower = Executors.newSingleThreadScheduledExecutor(named("desk-index-follower"));
    private final ExecutorService filler = Executors.newSingleThreadExecutor(named("desk-index-builder"));
    private final AtomicReference<CompletableFuture<Void>> queuedCatchUp = new AtomicReference<>();
    private volatile DeskIndex index;
    private volatile SentenceEmbedder embedder;
    private volatile RebuildProgress progress = new RebuildProgress(RebuildProgress.State.UNAVAILABLE, 0, 0, 0,
            Duration.ZERO, 0, 0, null);
    private volatile long lastApplied;
    private volatile boolean modelFailureLogged;
    private volatile boolean uncommitted;
    private String desk;

    IndexFollower(DeskSettings settings, EntityManager entityManager) {
        this.folder = settings.search().indexDir();
        this.entityManager = entityManager;
    }

    /** After the seeds are in (their observers run at the default priority), so a fresh demo desk is indexed whole. */
    void onStart(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER + 500) StartupEvent start) {
        start();
    }

    /**
     * Opens the index, or rebuilds it, then follows the log every second and fills in missing vectors.
     * Start-up waits a few seconds at most: a small desk is searchable and matched by meaning before
     * the first request, a large one rebuilds in the background while searches are served from the
     * database.
     */
    public void start() {
        filler.submit(this::openOrRebuild);
        Future<?> filled = filler.submit(this::fillVectorsLogged);
        follower.scheduleWithFixedDelay(this::catchUpAndCommit, 1, 1, TimeUnit.SECONDS);
        try {
            filled.get(START_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.info("The search index is still being rebuilt; the desk starts meanwhile and searches the database.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // openOrRebuild reports its own failures
        }
    }

    /** The index, or empty while it is unavailable or being rebuilt (search the database meanwhile). */
    public java.util.Optional<DeskIndex> readyIndex() {
        return progress.ready() ? java.util.Optional.ofNullable(index) : java.util.Optional.empty();
    }

    public RebuildProgress progress() {
        return progress;
    }

    /** The sentence model, loaded on first use (under a second). */
    public SentenceEmbedder embedder() {
        SentenceEmbedder loaded = embedder;
        if (loaded == null) {
            synchronized (this) {
                if (embedder == null) {
                    embedder = new SentenceEmbedder();
                }
                loaded = embedder;
            }
        }
        return loaded;
    }

    /**
     * The text's embedding, or null when the sentence model cannot run here (logged once): matching
     * then shows nothing rather than failing the request that asked, such as a submission.
     */
    public float[] embedOrNull(String text) {
        try {
            return embedder().embed(text);
        } catch (RuntimeException | LinkageError e) {
            if (!modelFailureLogged) {
                modelFailureLogged = true;
                LOG.errorf("The sentence model cannot run (%s); similar claims are not shown until it can.", e.toString());
            }
            return null;
        }
    }

    /** A commit of this instance appended an event: apply it before the request answers, so its author finds it. */
    void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) EventAppended appended) {
        if (appended.seq() <= lastApplied || !progress.ready()) {
            return;
        }
        try {
            catchUpSoon().get(READ_YOUR_WRITES_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            // the next tick applies it; a slow index never fails a commit that already happened
        }
    }

    /** Applies every event after the last one applied; several callers share one run. */
    public CompletableFuture<Void> catchUpSoon() {
        CompletableFuture<Void> queued = queuedCatchUp.get();
        if (queued != null) {
            return queued;
        }
        CompletableFuture<Void> fresh = new CompletableFuture<>();
        if (!queuedCatchUp.compareAndSet(null, fresh)) {
            return queuedCatchUp.get();
        }
        follower.execute(() -> {
            queuedCatchUp.compareAndSet(fresh, null);
            try {
                catchUp();
                fresh.complete(null);
            } catch (RuntimeException e) {
                fresh.completeExceptionally(e);
            }
        });
        return fresh;
    }

    private void catchUpAndCommit() {
        try {
            catchUp();
            if (uncommitted) {
                writing.lock();
                try {
                    index.commit(notes());
                    uncommitted = false;
                } finally {
                    writing.unlock();
                }
            }
        } catch (Exception e) {
            LOG.warnf("The search index could not follow the event log (%s); it tries again in a second.", e.toString());
        }
    }

    private void catchUp() {
        if (!progress.ready()) {
            return;
        }
        writing.lock();
        try {
            while (true) {
                long from = lastApplied;
                List<ReviewEvent> events = QuarkusTransaction.requiringNew().call(() -> ReviewEvent.after(from, BATCH));
                if (events.isEmpty()) {
                    return;
                }
                Set<Long> claimIds = new LinkedHashSet<>();
                events.forEach(event -> claimIds.add(event.claimId));
                apply(new ArrayList<>(claimIds), true);
                lastApplied = events.get(events.size() - 1).seq;
                uncommitted = true;
                index.refresh();
                progress = withLastApplied(progress);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            writing.unlock();
        }
    }

    /** Re-reads these claims and puts them in the index, with their vectors when {@code embed} is set. */
    private void apply(List<Long> claimIds, boolean embed) throws IOException {
        List<IndexedClaim> claims = QuarkusTransaction.requiringNew().call(() -> IndexedClaims.withIds(entityManager, claimIds));
        Set<String> found = new LinkedHashSet<>();
        for (IndexedClaim claim : claims) {
            found.add(claim.id());
            float[] vector = index.vectorFor(claim.id(), claim.textToEmbed());
            if (vector == null && embed) {
                vector = embedOrNull(claim.textToEmbed());
            }
            index.put(claim, vector);
        }
        for (Long id : claimIds) {
            if (!found.contains(String.valueOf(id))) {
                index.delete(String.valueOf(id));
            }
        }
    }

    private void openOrRebuild() {
        try {
            desk = QuarkusTransaction.requiringNew().call(this::deskFingerprint);
            long deskLastSeq = QuarkusTransaction.requiringNew().call(this::lastSeqOfTheLog);
            String reason = openExisting(deskLastSeq);
            if (reason == null) {
                long count = index.size();
                progress = new RebuildProgress(RebuildProgress.State.READY, count, count, 0, Duration.ZERO,
                        index.countWithoutVector(), lastApplied, null);
                LOG.infof("Search index opened: %d claims, following the event log from event %d.", count, lastApplied);
            } else {
                LOG.infof("Search index %s: rebuilding it from the database.", reason);
                rebuild(deskLastSeq);
            }
            catchUp();
        } catch (Exception e) {
            progress = new RebuildProgress(RebuildProgress.State.UNAVAILABLE, 0, 0, 0, Duration.ZERO, 0, lastApplied, e.toString());
            LOG.errorf("The search index is unavailable (%s); searches are served from the database.", e.toString());
        }
    }

    /** Opens the index in the folder; the reason it must be rebuilt, or null when it can be followed on. */
    private String openExisting(long deskLastSeq) throws IOException {
        Files.createDirectories(folder);
        try {
            index = DeskIndex.openInFolder(folder, MatchingWeights.TUNED);
        } catch (IOException | RuntimeException e) {
            LOG.warnf("The search index in %s cannot be opened (%s).", folder, e.toString());
            index = DeskIndex.createInFolder(folder, MatchingWeights.TUNED);
            return "could not be opened";
        }
        Map<String, String> notes = index.committedNotes();
        if (notes.isEmpty()) {
            return "is missing";
        }
        if (!SCHEMA_VERSION.equals(notes.get(SCHEMA_NOTE))) {
            return "is of schema version " + notes.get(SCHEMA_NOTE) + ", not " + SCHEMA_VERSION;
        }
        if (!desk.equals(notes.get(DESK_NOTE))) {
            return "was built from another database";
        }
        long indexed = Long.parseLong(notes.getOrDefault(LAST_SEQ_NOTE, "-1"));
        if (indexed < 0 || indexed > deskLastSeq) {
            return "is ahead of the database (restored from a backup?)";
        }
        lastApplied = indexed;
        return null;
    }

    /** Every claim's text first, so search works as soon as it can; vectors follow in {@link #fillVectors}. */
    private void rebuild(long seqAtStart) throws IOException {
        long total = QuarkusTransaction.requiringNew().call(() -> IndexedClaims.count(entityManager));
        Instant started = Instant.now();
        Instant lastLogged = started;
        long done = 0;
        writing.lock();
        try {
            index.deleteAll();
            long afterId = 0;
            while (true) {
                long from = afterId;
                List<IndexedClaim> batch = QuarkusTransaction.requiringNew()
                        .call(() -> IndexedClaims.after(entityManager, from, BATCH));
                if (batch.isEmpty()) {
                    break;
                }
                for (IndexedClaim claim : batch) {
                    index.put(claim);
                }
                done += batch.size();
                afterId = Long.parseLong(batch.get(batch.size() - 1).id());
                progress = rebuilding(done, Math.max(total, done), started);
                if (Duration.between(lastLogged, Instant.now()).toSeconds() >= 5) {
                    lastLogged = Instant.now();
                    LOG.infof("Search index rebuild: %d of %d claims, %.0f a second, about %d s left.", done, total,
                            progress.claimsPerSecond(), progress.timeLeft().toSeconds());
                }
            }
            // Events up to seqAtStart are in what was read; applying later ones again is harmless.
            lastApplied = seqAtStart;
            index.commit(notes());
            index.refresh();
        } finally {
            writing.unlock();
        }
        double seconds = Math.max(0.001, Duration.between(started, Instant.now()).toMillis() / 1000.0);
        progress = new RebuildProgress(RebuildProgress.State.READY, done, done, done / seconds, Duration.ZERO, done,
                lastApplied, null);
        LOG.infof("Search index rebuilt: %d claims' text in %.1f s (%.0f a second); vectors fill in now, published fact-checks first.",
                done, seconds, done / seconds);
    }

    private void fillVectorsLogged() {
        if (index == null) {
            return;
        }
        try {
            fillVectors();
        } catch (Exception e) {
            LOG.warnf("Filling in the search index's vectors stopped (%s); the next start carries on.", e.toString());
        }
    }

    /** Embeds the claims still without a vector, published ones first, a batch at a time between catch-ups. */
    private void fillVectors() throws IOException {
        Instant started = Instant.now();
        long filled = 0;
        while (true) {
            List<String> ids;
            writing.lock();
            try {
                ids = index.idsWithoutVector(VECTOR_BATCH);
                if (ids.isEmpty()) {
                    break;
                }
                List<Long> claimIds = ids.stream().map(Long::parseLong).toList();
                List<IndexedClaim> claims = QuarkusTransaction.requiringNew().call(() -> IndexedClaims.withIds(entityManager, claimIds));
                List<float[]> vectors = embedder().embedAll(claims.stream().map(IndexedClaim::textToEmbed).toList());
                for (int i = 0; i < claims.size(); i++) {
                    index.put(claims.get(i), vectors.get(i));
                }
                for (Long id : claimIds) {
                    if (claims.stream().noneMatch(c -> c.id().equals(String.valueOf(id)))) {
                        index.delete(String.valueOf(id));
                    }
                }
                index.refresh();
                uncommitted = true;
                filled += ids.size();
            } finally {
                writing.unlock();
            }
            RebuildProgress now = progress;
            progress = new RebuildProgress(now.state(), now.claimsDone(), now.claimsTotal(), now.claimsPerSecond(), now.timeLeft(),
                    Math.max(0, now.vectorsMissing() - ids.size()), lastApplied, null);
        }
        if (filled > 0) {
            double seconds = Math.max(0.001, Duration.between(started, Instant.now()).toMillis() / 1000.0);
            LOG.infof("Search index vectors filled in: %d claims in %.1f s (%.0f a second).", filled, seconds, filled / seconds);
            if (filled * 10 >= index.size()) {
                // A fill of a few claims' vectors (a start after a short stop) is not worth rewriting the index for.
                mergeIntoOneSegment();
            }
        }
        RebuildProgress now = progress;
        progress = new RebuildProgress(now.state(), now.claimsDone(), now.claimsTotal(), now.claimsPerSecond(), now.timeLeft(),
                0, lastApplied, null);
    }

    /**
     * A fill leaves the index in dozens of segments, and matching searches each segment's vector graph
     * apart: one segment answers several times faster on a large desk. Searches and the event log go on
     * while it merges.
     */
    private void mergeIntoOneSegment() throws IOException {
        Instant started = Instant.now();
        int before = index.segmentCount();
        index.mergeDown(1);
        uncommitted = true;
        LOG.infof("Search index merged into one segment (from %d) in %.1f s.", before,
                Duration.between(started, Instant.now()).toMillis() / 1000.0);
    }

    private RebuildProgress rebuilding(long done, long total, Instant started) {
        double seconds = Math.max(0.001, Duration.between(started, Instant.now()).toMillis() / 1000.0);
        double rate = done / seconds;
        Duration left = Duration.ofSeconds(rate > 0 ? (long) ((total - done) / rate) : 0);
        return new RebuildProgress(RebuildProgress.State.REBUILDING, done, total, rate, left, done, lastApplied, null);
    }

    private RebuildProgress withLastApplied(RebuildProgress now) {
        return new RebuildProgress(now.state(), now.claimsDone(), now.claimsTotal(), now.claimsPerSecond(), now.timeLeft(),
                now.vectorsMissing(), lastApplied, now.problem());
    }

    private Map<String, String> notes() {
        return Map.of(SCHEMA_NOTE, SCHEMA_VERSION, LAST_SEQ_NOTE, String.valueOf(lastApplied), DESK_NOTE, desk);
    }

    /** Which database this is: its first event's time and claim, which no other desk shares. */
    private String deskFingerprint() {
        List<ReviewEvent> first = ReviewEvent.after(0, 1);
        return first.isEmpty() ? "empty" : first.get(0).seq + "/" + first.get(0).claimId + "/" + first.get(0).at;
    }

    private long lastSeqOfTheLog() {
        Number last = (Number) entityManager.createQuery("select max(e.seq) from ReviewEvent e").getSingleResult();
        return last == null ? 0 : last.longValue();
    }

    @PreDestroy
    void stop() {
        follower.shutdownNow();
        filler.shutdownNow();
        writing.lock();
        try {
            if (index != null) {
                if (progress.ready()) {
                    index.commit(notes());
                }
                index.close();
            }
        } catch (IOException | RuntimeException e) {
            LOG.warnf("The search index could not be closed cleanly (%s); it is checked at the next start.", e.toString());
        } finally {
            writing.unlock();
        }
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
