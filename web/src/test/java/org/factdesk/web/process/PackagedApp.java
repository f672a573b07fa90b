package org.factdesk.web.process;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application run as a process of its own, the way it runs in production: its own JVM,
 * configured only through the environment, on a port of its own, its output in a log file.
 */
final class PackagedApp implements AutoCloseable {

    /** The default build, on the embedded H2 database. */
    static final Path H2_JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    /** The same application built for PostgreSQL (the database kind is fixed at build time). */
    static final Path POSTGRESQL_JAR = Path.of("target", "quarkus-app-postgresql", "quarkus-run.jar");

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final String name;
    private final int port;
    private final Process process;
    private final Path log;

    private PackagedApp(String name, int port, Process process, Path log) {
        this.name = name;
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Starts the jar in workDir on the given port, with the environment added to this JVM's. */
    static PackagedApp start(String name, Path jar, Path workDir, int port, Map<String, String> environment)
            throws IOException {
        Path log = workDir.resolve(name + "-" + System.nanoTime() + ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toAbsolutePath().toString())
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        return new PackagedApp(name, port, builder.start(), log);
    }

    /** Returns once the readiness check answers 200; fails the test when the process dies or takes too long. */
    PackagedApp awaitReady() throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(uri("/q/health/ready")).timeout(Duration.ofSeconds(10)).GET().build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError(name + " stopped while starting (exit " + process.exitValue() + "); see " + log);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError(name + " was not ready within " + START_TIMEOUT.toSeconds() + " s; see " + log);
    }

    String name() {
        return name;
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + port + pathAndQuery);
    }

    Path log() {
        return log;
    }

    @Override
    public String toString() {
        return name;
    }

    /** SIGKILL: no shutdown hooks, nothing flushed. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    }

    /** A normal shutdown; forced when it hangs. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
