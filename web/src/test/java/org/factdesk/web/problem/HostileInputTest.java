package org.factdesk.web.problem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.web.support.Desk.ADA;
import static org.factdesk.web.support.Desk.EDNA;
import static org.factdesk.web.support.Desk.RITA;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.http.Method;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.factdesk.core.article.Article;
import org.factdesk.core.people.ApiToken;
import org.factdesk.core.people.Person;
import org.factdesk.core.people.Role;
import org.factdesk.core.source.Source;
import org.factdesk.core.verdict.RatingLabel;
import org.factdesk.core.verdict.Verdict;
import org.factdesk.web.support.Desk;
import org.factdesk.web.support.DeskCookies;
import org.factdesk.web.support.PageSession;
import org.factdesk.web.webhooks.Webhook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A corpus of requests nobody should send: every one is refused with a 4xx, as problem+json for the
 * API and as a redirect with a message (or an error page) for page forms, and none changes anything.
 * Markup that was accepted as text is shown as text on every page.
 */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HostileInputTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String ATTRIBUTE_BREAK = "\"><img src=x onerror=alert(1)>";
    /** The part of {@link #ATTRIBUTE_BREAK} that would run if it reached a page unescaped. */
    static final String RAW_IMG = "<img src=x onerror=alert(1)>";
    static final String SQL = "' OR 1=1 --";
    static final String HUGE_NUMBER = "99999999999999999999";
    /** Path segments that are not the id of anything. */
    static final List<String> BAD_IDS = List.of("abc", "-1", "0", HUGE_NUMBER, "1;DROP", "..%2F..%2Fetc%2Fpasswd",
            "1%00", "%3Cscript%3E");
    static final int FIVE_MB = 5 * 1024 * 1024;
    /** U+0000 as a character, and as JSON spells it inside a string. */
    static final String NUL = "\u0000";
    static final String NUL_IN_JSON = "\\u0000";
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    static final String FLASH = "factdesk-flash";

    // Claims of this test's own, in known states.
    static long fresh;
    static long held;
    static long inReview;
    static long published;
    static long adaId;
    static long labelId;
    static long tokenId;
    /** The secret of a token that may only read. */
    static String readToken;
    static long webhookId;
    // Claims that carry markup in every text field, shown on the pages.
    static long markedUpPublished;
    static long markedUpInReview;
    static long markedUpNew;
    static long markedUpReady;
    static long markedUpLabelId;
    // Articles: one that hostile picks aim at, and ones with markup in title, publisher and text.
    static long articleId;
    static int sentenceStart;
    static int sentenceEnd;
    static long markedUpArticle;
    static long markedUpPageArticle;
    static long markedUpFromArticle;

    static Snapshot before;

    /** Receivers a webhook may not reach: this machine, the private network, the cloud metadata service. */
    private static final List<String> INTERNAL_RECEIVERS = List.of("http://127.0.0.1:5432/", "http://[::1]:6379/",
            "http://169.254.169.254/latest/meta-data/", "http://[fe80::1]/", "http://10.0.0.5/", "http://172.16.0.1/",
            "http://192.168.1.1/", "http://[fd00::1]/", "http://100.64.0.1/", "http://224.0.0.1/", "http://0.0.0.0:8080/",
            "http://[::]/", "http://255.255.255.255/", "http://[::ffff:127.0.0.1]/", "http://[::ffff:169.254.169.254]/",
            "http://2130706433/", "http://0x7f000001/", "http://0177.0.0.1/", "http://receiver.example@127.0.0.1/");

    private static final Map<String, PageSession> SESSIONS = new ConcurrentHashMap<>();

    /** Once, before the first case: RestAssured knows the app's address only from the first test on. */
    @BeforeEach
    void claimsInKnownStates() {
        if (before != null) {
            return;
        }
        fresh = Desk.newClaim("A claim hostile requests aim at while it is NEW");
        held = Desk.claimHeldBy(RITA, "A claim hostile requests aim at while rita researches it");
        Desk.ok(Desk.draftVerdict(RITA, held, "False", "A draft that refused requests must leave alone."));
        inReview = Desk.claimInReview(RITA, "A claim hostile requests aim at while it is in review", "False");
        published = Desk.claimInReview(RITA, "A claim hostile requests aim at once it is published", "False");
        Desk.ok(Desk.act(EDNA, published, "approve"));
        adaId = QuarkusTransaction.requiringNew().call(() -> Person.findByUsername(ADA).orElseThrow().id);
        labelId = QuarkusTransaction.requiringNew().call(() -> RatingLabel.findByName("False").orElseThrow().id);
        JsonPath token = Desk.as(ADA).body(Map.of("name", "hostile-input-reader", "scopes", List.of("read"),
                "expiresAt", LocalDate.now().plusDays(30).toString())).post("/api/v1/tokens")
                .then().statusCode(201).extract().jsonPath();
        tokenId = token.getLong("id");
        readToken = token.getString("token");
        // localhost is the one receiver the test profile allows; nothing listens on port 9.
        webhookId = Desk.as(ADA).body(Map.of("url", "http://localhost:9/hostile", "events", List.of("approve")))
                .post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath().getLong("id");
        Response article = Desk.as(EDNA).body(Map.of("title", "An article hostile picks aim at",
                "text", "Exports of soybeans fell 40 percent in 2019. Gulls were loud.")).post("/api/v1/articles");
        assertThat(article.statusCode()).as(article.asString()).isEqualTo(201);
        articleId = article.jsonPath().getLong("id");
        sentenceStart = article.jsonPath().getInt("candidates[0].start");
        sentenceEnd = article.jsonPath().getInt("candidates[0].end");
        markupAcceptedAsText();
        before = Snapshot.take();
    }

    /** Markup and SQL are text like any other where text is allowed: it is kept, and must be shown as text. */
    private static void markupAcceptedAsText() {
        markedUpPublished = markedUpClaim("published");
        Desk.ok(Desk.transition(EDNA, markedUpPublished, Map.of("action", "accept")));
        Desk.ok(Desk.act(RITA, markedUpPublished, "claim"));
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("url", "https://example.org/evidence?q=%3Cscript%3E");
        source.put("title", "Source " + SCRIPT);
        source.put("publisher", "Publisher " + ATTRIBUTE_BREAK);
        source.put("stance", "refutes");
        source.put("quote", "Quote " + SCRIPT + " " + SQL);
        assertThat(Desk.as(RITA).body(source).post(Desk.CLAIMS + "/" + markedUpPublished + "/sources").statusCode())
                .isEqualTo(201);
        Desk.ok(Desk.as(RITA).body(Map.of("rating", "False", "summary", "Summary " + SCRIPT,
                "explanation", "Explanation " + ATTRIBUTE_BREAK)).put(Desk.CLAIMS + "/" + markedUpPublished + "/verdict"));
        Desk.ok(Desk.act(RITA, markedUpPublished, "submit"));
        Desk.ok(Desk.transition(EDNA, markedUpPublished, Map.of("action", "request-changes",
                "comment", "Comment " + SCRIPT)));
        Desk.ok(Desk.act(RITA, markedUpPublished, "submit"));
        Desk.ok(Desk.act(EDNA, markedUpPublished, "approve"));
        Desk.ok(Desk.transition(EDNA, markedUpPublished, Map.of("action", "reopen", "reason", "Correction " + SCRIPT)));
        Desk.ok(Desk.act(RITA, markedUpPublished, "submit"));
        Desk.ok(Desk.act(EDNA, markedUpPublished, "approve"));

        markedUpInReview = markedUpClaim("in review");
        Desk.ok(Desk.transition(EDNA, markedUpInReview, Map.of("action", "accept")));
        Desk.ok(Desk.act(RITA, markedUpInReview, "claim"));
        assertThat(Desk.cite(RITA, markedUpInReview).statusCode()).isEqualTo(201);
        Desk.ok(Desk.draftVerdict(RITA, markedUpInReview, "False", "Summary " + ATTRIBUTE_BREAK));
        Desk.ok(Desk.act(RITA, markedUpInReview, "submit"));

        markedUpNew = markedUpClaim("new");
        markedUpReady = markedUpClaim("ready");
        Desk.ok(Desk.transition(EDNA, markedUpReady, Map.of("action", "accept", "priority", "high")));

        Desk.ensurePerson("hostile-markup", "Reviewer " + ATTRIBUTE_BREAK, Role.REVIEWER);
        assertThat(Desk.as(ADA).body(Map.of("name", "Token " + SCRIPT, "scopes", List.of("read"),
                "expiresAt", LocalDate.now().plusDays(30).toString())).post("/api/v1/tokens").statusCode()).isEqualTo(201);
        PageSession ada = session(ADA);
        String labelName = "Label " + System.nanoTime() % 100000 + " " + "<b>";
        Response added = ada.submit("/admin", "/admin/labels", Map.of("name", labelName, "ratingValue", "",
                "definition", "Definition " + SCRIPT + " " + ATTRIBUTE_BREAK));
        assertThat(added.statusCode()).isEqualTo(303);
        markedUpLabelId = QuarkusTransaction.requiringNew().call(() -> RatingLabel.findByName(labelName).orElseThrow().id);
        // Retired at once, so other tests keep choosing from the usual scale.
        assertThat(ada.submit("/admin", "/admin/labels/" + markedUpLabelId + "/retire", Map.of()).statusCode()).isEqualTo(303);
        markedUpArticles();
    }

    /** An article with markup in its title, publisher and text, by the API and by the page; one of its claims published. */
    private static void markedUpArticles() {
        Map<String, Object> article = new LinkedHashMap<>();
        article.put("title", "Article " + SCRIPT);
        article.put("publisher", "Publisher " + ATTRIBUTE_BREAK);
        article.put("text", "The port handled 2 million containers in 2021 " + SCRIPT + ", the port authority said. "
                + "Gulls " + ATTRIBUTE_BREAK + " were loud.");
        Response imported = Desk.as(EDNA).body(article).post("/api/v1/articles");
        assertThat(imported.statusCode()).as(imported.asString()).isEqualTo(201);
        markedUpArticle = imported.jsonPath().getLong("id");
        Map<String, Object> pick = Map.of("start", imported.jsonPath().getInt("candidates[0].start"),
                "end", imported.jsonPath().getInt("candidates[0].end"));
        Response picked = Desk.as(EDNA).body(Map.of("picks", List.of(pick))).post("/api/v1/articles/" + markedUpArticle + "/claims");
        assertThat(picked.statusCode()).as(picked.asString()).isEqualTo(201);
        markedUpFromArticle = picked.jsonPath().getLong("claims[0]");
        Desk.ok(Desk.act(EDNA, markedUpFromArticle, "accept"));
        Desk.ok(Desk.act(RITA, markedUpFromArticle, "claim"));
        assertThat(Desk.cite(RITA, markedUpFromArticle).statusCode()).isEqualTo(201);
        Desk.ok(Desk.draftVerdict(RITA, markedUpFromArticle, "False", "A claim from an article with markup in its title."));
        Desk.ok(Desk.act(RITA, markedUpFromArticle, "submit"));
        Desk.ok(Desk.act(EDNA, markedUpFromArticle, "approve"));

        Response paged = session(EDNA).submitMultipart("/articles/new", "/articles", Map.of("title", "Paged " + SCRIPT,
                "publisher", ATTRIBUTE_BREAK, "text", "Paged text " + SCRIPT + " that says exports rose 3 percent in 2020."));
        assertThat(paged.statusCode()).as(paged.asString()).isEqualTo(303);
        markedUpPageArticle = Long.parseLong(URI.create(paged.header("Location")).getPath().replace("/articles/", ""));
    }

    private static long markedUpClaim(String state) {
        Map<String, Object> claim = new LinkedHashMap<>();
        claim.put("text", Desk.uniqueText("Claim " + state + " " + SCRIPT + " and " + ATTRIBUTE_BREAK + " and " + SQL));
        claim.put("claimant", "Claimant " + ATTRIBUTE_BREAK);
        claim.put("context", "Context " + SCRIPT);
        claim.put("tags", List.of(SCRIPT));
        Response created = Desk.as(EDNA).body(claim).post(Desk.CLAIMS);
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        return created.jsonPath().getLong("id");
    }

    // ---- the corpus: API ----

    @Order(1)
    @ParameterizedTest(name = "{0}")
    @MethodSource("apiCorpus")
    void theApiRefusesWithAProblem(Hostile hostile) {
        Response answer = hostile.send().get();

        assertThat(answer.statusCode()).as("%s answered %s", hostile, answer.asString())
                .isBetween(400, 499).isIn(hostile.statuses());
        assertThat(answer.contentType()).as(hostile.name()).startsWith(Desk.PROBLEM_JSON);
        JsonPath problem = answer.jsonPath();
        assertThat(problem.getInt("status")).isEqualTo(answer.statusCode());
        assertThat(problem.getString("detail")).isNotBlank();
        assertThat(answer.asString()).doesNotContain("Exception", "\tat ", "org.factdesk", "io.quarkus");
        if (hostile.field() != null) {
            assertThat(problem.getString("field")).as("the field %s names", hostile).isEqualTo(hostile.field());
        }
        if (answer.statusCode() == 429) {
            assertThat(answer.header("Retry-After")).isNotBlank();
        }
    }

    static Stream<Hostile> apiCorpus() {
        List<Hostile> corpus = new ArrayList<>();
        corpus.addAll(bodiesNoEndpointAccepts());
        corpus.addAll(submittedClaims());
        corpus.addAll(citedSources());
        corpus.addAll(draftVerdicts());
        corpus.addAll(transitions());
        corpus.addAll(tokens());
        corpus.addAll(webhooks());
        corpus.addAll(imports());
        corpus.addAll(articles());
        corpus.addAll(htmlArticles());
        corpus.addAll(picks());
        corpus.addAll(scoring());
        corpus.addAll(nulInJson());
        corpus.addAll(pathTricks());
        corpus.addAll(queryStrings());
        corpus.addAll(nulInQueriesAndCredentials());
        return corpus.stream();
    }

    /** Every JSON endpoint, with bodies that are not its JSON at all. */
    private static List<Hostile> bodiesNoEndpointAccepts() {
        /** {@code field} is one the endpoint knows and {@code value} a JSON value it takes, so a body can be wrong in every way but that. */
        record Endpoint(String name, String user, Method method, Supplier<String> path, String field, String value,
                boolean importsAnyJson) {
        }
        List<Endpoint> endpoints = List.of(
                new Endpoint("POST /claims", RITA, Method.POST, () -> Desk.CLAIMS, "text", "\"a\"", false),
                new Endpoint("POST /claims/{id}/sources", RITA, Method.POST, () -> Desk.CLAIMS + "/" + held + "/sources",
                        "title", "\"a\"", false),
                new Endpoint("PUT /claims/{id}/verdict", RITA, Method.PUT, () -> Desk.CLAIMS + "/" + held + "/verdict",
                        "summary", "\"a\"", false),
                new Endpoint("POST /claims/{id}/transitions", EDNA, Method.POST,
                        () -> Desk.CLAIMS + "/" + fresh + "/transitions", "comment", "\"a\"", false),
                new Endpoint("POST /tokens", ADA, Method.POST, () -> "/api/v1/tokens", "name", "\"a\"", false),
                new Endpoint("POST /webhooks", ADA, Method.POST, () -> "/api/v1/webhooks", "url", "\"a\"", false),
                new Endpoint("POST /imports/claimreview", EDNA, Method.POST, () -> "/api/v1/imports/claimreview", "@type",
                        "\"a\"", true),
                new Endpoint("POST /articles", RITA, Method.POST, () -> "/api/v1/articles", "title", "\"a\"", false),
                new Endpoint("POST /articles/{id}/claims", RITA, Method.POST, () -> "/api/v1/articles/" + articleId + "/claims",
                        "picks", "[]", false),
                new Endpoint("POST /check-worthiness", RITA, Method.POST, () -> "/api/v1/check-worthiness", "sentences", "[]",
                        false));
        List<Hostile> cases = new ArrayList<>();
        for (Endpoint e : endpoints) {
            String on = e.name() + ": ";
            cases.add(api(on + "broken JSON", 400, raw(e.user(), e.method(), e.path(), "application/json", "{\"text\":")));
            cases.add(api(on + "a lone quote", 400, raw(e.user(), e.method(), e.path(), "application/json", "\"")));
            cases.add(api(on + "invalid UTF-8 bytes", 400, raw(e.user(), e.method(), e.path(), "application/json",
                    invalidUtf8Json())));
            cases.add(api(on + "JSON nested 5000 deep", 400, raw(e.user(), e.method(), e.path(), "application/json",
                    "[".repeat(5000) + "]".repeat(5000))));
            cases.add(api(on + "a 5 MB body", 413, raw(e.user(), e.method(), e.path(), "application/json", fiveMegabyteJson())));
            cases.add(api(on + "plain text", 415, raw(e.user(), e.method(), e.path(), "text/plain", "text=hello")));
            cases.add(api(on + "XML", 415, raw(e.user(), e.method(), e.path(), "application/xml", "<claim><text>x</text></claim>")));
            cases.add(api(on + "a web form", 415, raw(e.user(), e.method(), e.path(), "application/x-www-form-urlencoded",
                    "text=hello&claimant=someone")));
            cases.add(api(on + "no body", 422, raw(e.user(), e.method(), e.path(), "application/json", "")));
            cases.add(api(on + "JSON null", 422, raw(e.user(), e.method(), e.path(), "application/json", "null")));
            cases.add(api(on + "the number 42", e.importsAnyJson() ? 422 : 400,
                    raw(e.user(), e.method(), e.path(), "application/json", "42")));
            cases.add(api(on + "a bare string", e.importsAnyJson() ? 422 : 400,
                    raw(e.user(), e.method(), e.path(), "application/json", "\"" + SCRIPT + "\"")));
            cases.add(api(on + "two JSON documents", 400, raw(e.user(), e.method(), e.path(), "application/json",
                    "{} {}")));
            cases.add(api(on + "a field given twice", 400, raw(e.user(), e.method(), e.path(), "application/json",
                    "{\"" + e.field() + "\":" + e.value() + ",\"" + e.field() + "\":" + e.value() + "}")));
            if (!e.importsAnyJson()) {
                cases.add(api(on + "an array instead of an object", 400, raw(e.user(), e.method(), e.path(),
                        "application/json", "[1,2,3]")));
            }
        }
        cases.add(api("POST /claims without signing in", 401,
                () -> given().contentType(ContentType.JSON).body("{\"text\":\"x\",\"claimant\":\"y\"}").post(Desk.CLAIMS)));
        cases.add(api("POST /claims with a wrong password", 401,
                () -> given().auth().preemptive().basic("remy", "not-his-password").contentType(ContentType.JSON)
                        .body("{\"text\":\"x\",\"claimant\":\"y\"}").post(Desk.CLAIMS)));
        cases.add(api("POST /claims with a bearer token that was never issued", 401,
                () -> given().header("Authorization", "Bearer fdk_" + SCRIPT).contentType(ContentType.JSON)
                        .body("{\"text\":\"x\",\"claimant\":\"y\"}").post(Desk.CLAIMS)));
        return cases;
    }

    private static List<Hostile> submittedClaims() {
        Function<String, Supplier<Response>> submit = body -> raw(RITA, Method.POST, () -> Desk.CLAIMS, "application/json", body);
        List<Hostile> cases = new ArrayList<>();
        cases.add(api("POST /claims: no text", 422, "text", submit.apply("{\"claimant\":\"Someone\"}")));
        cases.add(api("POST /claims: no claimant", 422, "claimant", submit.apply("{\"text\":\"A claim\"}")));
        cases.add(api("POST /claims: text of spaces", 422, "text", submit.apply("{\"text\":\"   \",\"claimant\":\"x\"}")));
        cases.add(api("POST /claims: text is a number", 422, "text", submit.apply("{\"text\":5,\"claimant\":\"x\"}")));
        cases.add(api("POST /claims: text is an object", 422, "text",
                submit.apply("{\"text\":{\"$ne\":null},\"claimant\":\"x\"}")));
        cases.add(api("POST /claims: claimant is a list", 422, "claimant", submit.apply("{\"text\":\"x\",\"claimant\":[1]}")));
        cases.add(api("POST /claims: text of 2001 characters", 422, "text",
                submit.apply(claimJson("text", "a".repeat(2001)))));
        cases.add(api("POST /claims: text of 1 MB", 422, "text", submit.apply(claimJson("text", "a".repeat(1024 * 1024)))));
        cases.add(api("POST /claims: claimant of 201 characters", 422, "claimant",
                submit.apply(claimJson("claimant", "b".repeat(201)))));
        cases.add(api("POST /claims: context of 4001 characters", 422, "context",
                submit.apply(claimJson("context", "c".repeat(4001)))));
        cases.add(api("POST /claims: a javascript: appearance address", 422, "appearanceUrl",
                submit.apply(claimJson("appearanceUrl", "javascript:alert(1)"))));
        cases.add(api("POST /claims: an appearance address of 3000 characters", 422, "appearanceUrl",
                submit.apply(claimJson("appearanceUrl", "https://example.org/" + "p".repeat(3000)))));
        cases.add(api("POST /claims: script as the language", 422, "language", submit.apply(claimJson("language", SCRIPT))));
        cases.add(api("POST /claims: a number as the language", 422, "language",
                submit.apply("{\"text\":\"x\",\"claimant\":\"y\",\"language\":7}")));
        cases.add(api("POST /claims: a well-formed language tag too long to keep", 422, "language",
                submit.apply(claimJson("language", "abc-abcdefgh-abcdefgh-abcdefgh"))));
        cases.add(api("POST /claims: claim date 2020-13-45", 422, "claimDate", submit.apply(claimJson("claimDate", "2020-13-45"))));
        cases.add(api("POST /claims: claim date 'yesterday'", 422, "claimDate", submit.apply(claimJson("claimDate", "yesterday"))));
        cases.add(api("POST /claims: SQL as the claim date", 422, "claimDate", submit.apply(claimJson("claimDate", SQL))));
        cases.add(api("POST /claims: tags as a string", 422, "tags", submit.apply("{\"text\":\"x\",\"claimant\":\"y\",\"tags\":\"a,b\"}")));
        cases.add(api("POST /claims: a tag that is a number", 422, "tags[0]",
                submit.apply("{\"text\":\"x\",\"claimant\":\"y\",\"tags\":[1]}")));
        cases.add(api("POST /claims: 21 tags", 422, "tags", submit.apply("{\"text\":\"x\",\"claimant\":\"y\",\"tags\":["
                + java.util.stream.IntStream.range(0, 21).mapToObj(i -> "\"t" + i + "\"").collect(Collectors.joining(","))
                + "]}")));
        cases.add(api("POST /claims: a tag of 65 characters", 422, "tags",
                submit.apply("{\"text\":\"x\",\"claimant\":\"y\",\"tags\":[\"" + "t".repeat(65) + "\"]}")));
        cases.add(api("POST /claims: a tag of 64 characters that is longer in lower case", 422, "tags",
                submit.apply("{\"text\":\"x\",\"claimant\":\"y\",\"tags\":[\"" + "\u0130".repeat(64) + "\"]}")));
        cases.add(api("POST /claims: a null tag", 422, "tags", submit.apply("{\"text\":\"x\",\"claimant\":\"y\",\"tags\":[null]}")));
        cases.add(api("POST /claims: sets its own state", 422, "state",
                submit.apply("{\"text\":\"x\",\"claimant\":\"y\",\"state\":\"PUBLISHED\"}")));
        cases.add(api("POST /claims: sets its own id", 422, "id", submit.apply("{\"id\":1,\"text\":\"x\",\"claimant\":\"y\"}")));
        cases.add(api("POST /claims: a misspelt field", 422, "claimDte",
                submit.apply("{\"text\":\"x\",\"claimant\":\"y\",\"claimDte\":\"2020-01-01\"}")));
        return cases;
    }

    private static List<Hostile> citedSources() {
        Function<String, Supplier<Response>> cite = body -> raw(RITA, Method.POST,
                () -> Desk.CLAIMS + "/" + held + "/sources", "application/json", body);
        List<Hostile> cases = new ArrayList<>();
        cases.add(api("POST sources: no url", 422, "url", cite.apply("{\"title\":\"t\",\"stance\":\"refutes\"}")));
        cases.add(api("POST sources: a javascript: url", 422, "url", cite.apply(sourceJson("url", "javascript:alert(1)"))));
        cases.add(api("POST sources: a data: url", 422, "url",
                cite.apply(sourceJson("url", "data:text/html,<script>alert(1)</script>"))));
        cases.add(api("POST sources: script as the url", 422, "url", cite.apply(sourceJson("url", SCRIPT))));
        cases.add(api("POST sources: a url of 5000 characters", 422, "url",
                cite.apply(sourceJson("url", "https://example.org/" + "u".repeat(5000)))));
        cases.add(api("POST sources: no title", 422, "title",
                cite.apply("{\"url\":\"https://example.org/a\",\"stance\":\"refutes\"}")));
        cases.add(api("POST sources: a title of 501 characters", 422, "title", cite.apply(sourceJson("title", "t".repeat(501)))));
        cases.add(api("POST sources: a publisher of 201 characters", 422, "publisher",
                cite.apply(sourceJson("publisher", "p".repeat(201)))));
        cases.add(api("POST sources: a quote of 4001 characters", 422, "quote", cite.apply(sourceJson("quote", "q".repeat(4001)))));
        cases.add(api("POST sources: script as the stance", 422, "stance", cite.apply(sourceJson("stance", SCRIPT))));
        cases.add(api("POST sources: SQL as the stance", 422, "stance", cite.apply(sourceJson("stance", SQL))));
        cases.add(api("POST sources: a number as the stance", 422, "stance",
                cite.apply("{\"url\":\"https://example.org/a\",\"title\":\"t\",\"stance\":3}")));
        cases.add(api("POST sources: no stance", 422, "stance", cite.apply("{\"url\":\"https://example.org/a\",\"title\":\"t\"}")));
        cases.add(api("POST sources: published on 2020-02-30", 422, "publishedOn",
                cite.apply(sourceJson("publishedOn", "2020-02-30"))));
        cases.add(api("POST sources: accessed in 2999", 422, "accessedOn", cite.apply(sourceJson("accessedOn", "2999-01-01"))));
        cases.add(api("POST sources: accessed on 'abc'", 422, "accessedOn", cite.apply(sourceJson("accessedOn", "abc"))));
        cases.add(api("POST sources: names who cited it", 422, "citedBy", cite.apply(sourceJson("citedBy", EDNA))));
        cases.add(api("POST sources: a stale If-Match", 412, () -> Desk.as(RITA).header("If-Match", "\"stale\"")
                .body(sourceJson("title", "Fine title")).post(Desk.CLAIMS + "/" + held + "/sources")));
        cases.add(api("POST sources: a claim nobody holds", 403,
                () -> Desk.as(RITA).body(sourceJson("title", "t")).post(Desk.CLAIMS + "/" + fresh + "/sources")));
        return cases;
    }

    private static List<Hostile> draftVerdicts() {
        Function<String, Supplier<Response>> draft = body -> raw(RITA, Method.PUT,
                () -> Desk.CLAIMS + "/" + held + "/verdict", "application/json", body);
        List<Hostile> cases = new ArrayList<>();
        cases.add(api("PUT verdict: no rating", 422, "rating", draft.apply("{\"summary\":\"s\"}")));
        cases.add(api("PUT verdict: script as the rating", 422, "rating", draft.apply(verdictJson("rating", SCRIPT))));
        cases.add(api("PUT verdict: SQL as the rating", 422, "rating", draft.apply(verdictJson("rating", SQL))));
        cases.add(api("PUT verdict: a number as the rating", 422, "rating", draft.apply("{\"rating\":5,\"summary\":\"s\"}")));
        cases.add(api("PUT verdict: a list as the rating", 422, "rating", draft.apply("{\"rating\":[\"False\"]}")));
        cases.add(api("PUT verdict: a retired rating", 422, "rating",
                () -> Desk.as(RITA).body(Map.of("rating", labelNameOf(markedUpLabelId), "summary", "s"))
                        .put(Desk.CLAIMS + "/" + held + "/verdict")));
        cases.add(api("PUT verdict: a summary of 1001 characters", 422, "summary",
                draft.apply(verdictJson("summary", "s".repeat(1001)))));
        cases.add(api("PUT verdict: an explanation of 20001 characters", 422, "explanation",
                draft.apply(verdictJson("explanation", "e".repeat(20001)))));
        cases.add(api("PUT verdict: a summary that is an object", 422, "summary",
                draft.apply("{\"rating\":\"False\",\"summary\":{\"a\":1}}")));
        cases.add(api("PUT verdict: names its author", 422, "author", draft.apply(verdictJson("author", EDNA))));
        cases.add(api("PUT verdict: a stale If-Match", 412, () -> Desk.as(RITA).header("If-Match", "\"stale\"")
                .body(Map.of("rating", "False", "summary", "s")).put(Desk.CLAIMS + "/" + held + "/verdict")));
        cases.add(api("PUT verdict: on a claim the caller does not hold", 403,
                () -> Desk.as(RITA).body(Map.of("rating", "False", "summary", "s")).put(Desk.CLAIMS + "/" + fresh + "/verdict")));
        return cases;
    }

    private static List<Hostile> transitions() {
        List<Hostile> cases = new ArrayList<>();
        cases.add(api("POST transitions: no action", 422, "action", move(EDNA, () -> fresh, "{}")));
        cases.add(api("POST transitions: script as the action", 422, "action", move(EDNA, () -> fresh, action(SCRIPT))));
        cases.add(api("POST transitions: SQL as the action", 422, "action", move(EDNA, () -> fresh, action(SQL))));
        cases.add(api("POST transitions: 'accept; DROP' as the action", 422, "action",
                move(EDNA, () -> fresh, action("accept; DROP TABLE claim"))));
        cases.add(api("POST transitions: a number as the action", 422, "action", move(EDNA, () -> fresh, "{\"action\":1}")));
        cases.add(api("POST transitions: accept with 3 reviews", 422, "requiredReviews",
                move(EDNA, () -> fresh, "{\"action\":\"accept\",\"requiredReviews\":3}")));
        cases.add(api("POST transitions: accept with -1 reviews", 422, "requiredReviews",
                move(EDNA, () -> fresh, "{\"action\":\"accept\",\"requiredReviews\":-1}")));
        cases.add(api("POST transitions: accept with 'two' reviews", 422, "requiredReviews",
                move(EDNA, () -> fresh, "{\"action\":\"accept\",\"requiredReviews\":\"two\"}")));
        cases.add(api("POST transitions: accept with 1e400 reviews", 422, "requiredReviews",
                move(EDNA, () -> fresh, "{\"action\":\"accept\",\"requiredReviews\":1e400}")));
        cases.add(api("POST transitions: accept with " + HUGE_NUMBER + " reviews", 422, "requiredReviews",
                move(EDNA, () -> fresh, "{\"action\":\"accept\",\"requiredReviews\":" + HUGE_NUMBER + "}")));
        cases.add(api("POST transitions: script as the priority", 422, "priority",
                move(EDNA, () -> fresh, "{\"action\":\"accept\",\"priority\":\"" + escapeJson(SCRIPT) + "\"}")));
        cases.add(api("POST transitions: a due date in the past", 422, "dueDate",
                move(EDNA, () -> fresh, "{\"action\":\"accept\",\"dueDate\":\"2020-01-01\"}")));
        cases.add(api("POST transitions: due 'tomorrow'", 422, "dueDate",
                move(EDNA, () -> fresh, "{\"action\":\"accept\",\"dueDate\":\"tomorrow\"}")));
        cases.add(api("POST transitions: due 2026-02-30", 422, "dueDate",
                move(EDNA, () -> fresh, "{\"action\":\"accept\",\"dueDate\":\"2026-02-30\"}")));
        cases.add(api("POST transitions: dismiss without a reason", 422, "reason", move(EDNA, () -> fresh, action("dismiss"))));
        cases.add(api("POST transitions: dismiss for a script reason", 422, "reason",
                move(EDNA, () -> fresh, "{\"action\":\"dismiss\",\"reason\":\"" + escapeJson(SCRIPT) + "\"}")));
        cases.add(api("POST transitions: dismiss as a duplicate of an id too large", 422, "reason",
                move(EDNA, () -> fresh, "{\"action\":\"dismiss\",\"reason\":\"duplicate of #" + HUGE_NUMBER + "\"}")));
        cases.add(api("POST transitions: dismiss as a duplicate of a claim that does not exist", 422, "reason",
                move(EDNA, () -> fresh, "{\"action\":\"dismiss\",\"reason\":\"duplicate of #999999999999999999\"}")));
        cases.add(api("POST transitions: dismiss for a reason of 5000 characters", 422, "reason",
                move(EDNA, () -> fresh, "{\"action\":\"dismiss\",\"reason\":\"" + "r".repeat(5000) + "\"}")));
        cases.add(api("POST transitions: request changes without a comment", 422, "comment",
                move(EDNA, () -> inReview, action("request-changes"))));
        cases.add(api("POST transitions: request changes with a comment of 5000 characters", 422, "comment",
                move(EDNA, () -> inReview, "{\"action\":\"request-changes\",\"comment\":\"" + "c".repeat(5000) + "\"}")));
        cases.add(api("POST transitions: reopen with a reason of 2000 characters", 422, "reason",
                move(EDNA, () -> published, "{\"action\":\"reopen\",\"reason\":\"" + "r".repeat(2000) + "\"}")));
        cases.add(api("POST transitions: approve the verdict of SQL", 422, "assignee",
                move(EDNA, () -> inReview, "{\"action\":\"approve\",\"assignee\":\"" + escapeJson(SQL) + "\"}")));
        cases.add(api("POST transitions: release a seat of an assignee of 5000 characters", 422, "assignee",
                move(EDNA, () -> held, "{\"action\":\"release\",\"assignee\":\"" + "a".repeat(5000) + "\"}")));
        cases.add(api("POST transitions: a reviewer approves", 403, move(RITA, () -> inReview, action("approve"))));
        cases.add(api("POST transitions: accept a published claim", 409, move(EDNA, () -> published, action("accept"))));
        cases.add(api("POST transitions: sets the claim's state", 422, "state",
                move(EDNA, () -> fresh, "{\"action\":\"accept\",\"state\":\"PUBLISHED\"}")));
        return cases;
    }

    private static List<Hostile> tokens() {
        Function<String, Supplier<Response>> issue = body -> raw(ADA, Method.POST, () -> "/api/v1/tokens", "application/json", body);
        String soon = LocalDate.now().plusDays(10).toString();
        List<Hostile> cases = new ArrayList<>();
        cases.add(api("POST tokens: no name", 422, "name", issue.apply("{\"scopes\":[\"read\"],\"expiresAt\":\"" + soon + "\"}")));
        cases.add(api("POST tokens: a name of 101 characters", 422, "name", issue.apply(tokenJson("name", "n".repeat(101)))));
        cases.add(api("POST tokens: no scopes", 422, "scopes", issue.apply("{\"name\":\"n\",\"expiresAt\":\"" + soon + "\"}")));
        cases.add(api("POST tokens: an empty list of scopes", 422, "scopes",
                issue.apply("{\"name\":\"n\",\"scopes\":[],\"expiresAt\":\"" + soon + "\"}")));
        cases.add(api("POST tokens: the admin scope", 422, "scopes",
                issue.apply("{\"name\":\"n\",\"scopes\":[\"admin\"],\"expiresAt\":\"" + soon + "\"}")));
        cases.add(api("POST tokens: SQL as a scope", 422, "scopes",
                issue.apply("{\"name\":\"n\",\"scopes\":[\"" + escapeJson(SQL) + "\"],\"expiresAt\":\"" + soon + "\"}")));
        cases.add(api("POST tokens: scopes as a string", 422, "scopes",
                issue.apply("{\"name\":\"n\",\"scopes\":\"read\",\"expiresAt\":\"" + soon + "\"}")));
        cases.add(api("POST tokens: a null scope", 422, "scopes",
                issue.apply("{\"name\":\"n\",\"scopes\":[null],\"expiresAt\":\"" + soon + "\"}")));
        cases.add(api("POST tokens: expired yesterday", 422, "expiresAt",
                issue.apply(tokenJson("expiresAt", LocalDate.now().minusDays(1).toString()))));
        cases.add(api("POST tokens: expires in three years", 422, "expiresAt",
                issue.apply(tokenJson("expiresAt", LocalDate.now().plusYears(3).toString()))));
        cases.add(api("POST tokens: expires on 2027-13-01", 422, "expiresAt", issue.apply(tokenJson("expiresAt", "2027-13-01"))));
        cases.add(api("POST tokens: expires at a number", 422, "expiresAt",
                issue.apply("{\"name\":\"n\",\"scopes\":[\"read\"],\"expiresAt\":12345}")));
        cases.add(api("POST tokens: a read token acting for someone", 422, "actsFor", issue.apply(tokenJson("actsFor", RITA))));
        cases.add(api("POST tokens: a review token acting for an admin", 422, "actsFor",
                issue.apply("{\"name\":\"n\",\"scopes\":[\"review\"],\"expiresAt\":\"" + soon + "\",\"actsFor\":\"ada\"}")));
        cases.add(api("POST tokens: a review token acting for script", 422, "actsFor",
                issue.apply("{\"name\":\"n\",\"scopes\":[\"review\"],\"expiresAt\":\"" + soon + "\",\"actsFor\":\""
                        + escapeJson(SCRIPT) + "\"}")));
        cases.add(api("POST tokens: brings its own secret", 422, "token", issue.apply(tokenJson("token", "fdk_chosen"))));
        cases.add(api("POST tokens: by an editor", 403,
                () -> Desk.as(EDNA).body(tokenJson("name", "n")).post("/api/v1/tokens")));
        for (String id : BAD_IDS) {
            cases.add(api("DELETE /tokens/" + id, 404, pathCall(ADA, Method.DELETE, "/api/v1/tokens/" + id)));
        }
        cases.add(api("DELETE /tokens/{id} by an editor", 403, () -> Desk.as(EDNA).delete("/api/v1/tokens/" + tokenId)));
        return cases;
    }

    private static List<Hostile> webhooks() {
        Function<String, Supplier<Response>> register = body -> raw(ADA, Method.POST, () -> "/api/v1/webhooks",
                "application/json", body);
        List<Hostile> cases = new ArrayList<>();
        cases.add(api("POST webhooks: a javascript: url", 422, "url", register.apply(webhookJson("url", "javascript:alert(1)"))));
        cases.add(api("POST webhooks: an ftp url", 422, "url", register.apply(webhookJson("url", "ftp://receiver.example/"))));
        cases.add(api("POST webhooks: a url without a host", 422, "url", register.apply(webhookJson("url", "http://"))));
        cases.add(api("POST webhooks: a url with port 99999", 422, "url",
                register.apply(webhookJson("url", "https://receiver.example:99999/"))));
        cases.add(api("POST webhooks: a url of 3000 characters", 422, "url",
                register.apply(webhookJson("url", "https://receiver.example/" + "w".repeat(3000)))));
        for (String internal : INTERNAL_RECEIVERS) {
            cases.add(api("POST webhooks: an internal receiver " + internal, 422, "url", register.apply(webhookJson("url", internal))));
        }
        cases.add(api("POST webhooks: a name that does not resolve", 422, "url",
                register.apply(webhookJson("url", "https://receiver.example/"))));
        cases.add(api("POST webhooks: no events", 422, "events", register.apply("{\"url\":\"https://receiver.example/\"}")));
        cases.add(api("POST webhooks: script as an event", 422, "events",
                register.apply("{\"url\":\"https://receiver.example/\",\"events\":[\"" + escapeJson(SCRIPT) + "\"]}")));
        cases.add(api("POST webhooks: events as a string", 422, "events",
                register.apply("{\"url\":\"https://receiver.example/\",\"events\":\"*\"}")));
        cases.add(api("POST webhooks: an object as an event", 422, "events[0]",
                register.apply("{\"url\":\"https://receiver.example/\",\"events\":[{}]}")));
        cases.add(api("POST webhooks: a secret of 3 characters", 422, "secret", register.apply(webhookJson("secret", "abc"))));
        cases.add(api("POST webhooks: a secret of 101 characters", 422, "secret",
                register.apply(webhookJson("secret", "s".repeat(101)))));
        cases.add(api("POST webhooks: names who created it", 422, "createdBy", register.apply(webhookJson("createdBy", RITA))));
        cases.add(api("POST webhooks: by a reviewer", 403,
                () -> Desk.as(RITA).body(webhookJson("url", "https://receiver.example/")).post("/api/v1/webhooks")));
        for (String id : BAD_IDS) {
            cases.add(api("DELETE /webhooks/" + id, 404, pathCall(ADA, Method.DELETE, "/api/v1/webhooks/" + id)));
            cases.add(api("GET /webhooks/" + id + "/deliveries", 404, pathCall(ADA, Method.GET, "/api/v1/webhooks/" + id + "/deliveries")));
        }
        return cases;
    }

    private static List<Hostile> imports() {
        Function<String, Supplier<Response>> post = body -> raw(EDNA, Method.POST, () -> "/api/v1/imports/claimreview",
                "application/json", body);
        List<Hostile> cases = new ArrayList<>();
        cases.add(api("POST imports: true", 422, post.apply("true")));
        cases.add(api("POST imports: 1001 records", 422, post.apply("[" + String.join(",", java.util.Collections.nCopies(1001,
                "{\"@type\":\"ClaimReview\"}")) + "]")));
        cases.add(api("POST imports: JSON-LD type with broken JSON", 400,
                raw(EDNA, Method.POST, () -> "/api/v1/imports/claimreview", "application/ld+json", "{\"@graph\":[")));
        cases.add(api("POST imports: by a reviewer", 403,
                () -> Desk.as(RITA).body("{\"@type\":\"ClaimReview\"}").post("/api/v1/imports/claimreview")));
        return cases;
    }

    private static List<Hostile> articles() {
        Function<String, Supplier<Response>> propose = body -> raw(RITA, Method.POST, () -> "/api/v1/articles",
                "application/json", body);
        List<Hostile> cases = new ArrayList<>();
        cases.add(api("POST /articles: no title", 422, "title", propose.apply("{\"text\":\"Prices rose.\"}")));
        cases.add(api("POST /articles: a title of spaces", 422, "title", propose.apply(articleJson("title", "   "))));
        cases.add(api("POST /articles: a title of 501 characters", 422, "title", propose.apply(articleJson("title", "t".repeat(501)))));
        cases.add(api("POST /articles: a title that is a number", 422, "title",
                propose.apply("{\"title\":5,\"text\":\"Prices rose.\"}")));
        cases.add(api("POST /articles: a title that is an object", 422, "title",
                propose.apply("{\"title\":{\"$ne\":null},\"text\":\"Prices rose.\"}")));
        cases.add(api("POST /articles: a publisher of 201 characters", 422, "publisher",
                propose.apply(articleJson("publisher", "p".repeat(201)))));
        cases.add(api("POST /articles: a publisher that is a list", 422, "publisher",
                propose.apply("{\"title\":\"t\",\"publisher\":[\"p\"],\"text\":\"Prices rose.\"}")));
        cases.add(api("POST /articles: no text", 422, "text", propose.apply("{\"title\":\"t\"}")));
        cases.add(api("POST /articles: a text of spaces", 422, "text", propose.apply("{\"title\":\"t\",\"text\":\" \\n\\t \"}")));
        cases.add(api("POST /articles: a text of 1 000 001 characters", 422, "text",
                propose.apply(articleJson("text", "a".repeat(1_000_001)))));
        cases.add(api("POST /articles: a text that is only a script", 422, "text", propose.apply(articleJson("text", SCRIPT))));
        cases.add(api("POST /articles: a text that is only markup", 422, "text",
                propose.apply(articleJson("text", "<html><body>" + RAW_IMG + "<nav>Home</nav></body></html>"))));
        cases.add(api("POST /articles: a text that is a list", 422, "text",
                propose.apply("{\"title\":\"t\",\"text\":[\"Prices rose.\"]}")));
        cases.add(api("POST /articles: a javascript: address", 422, "url", propose.apply(articleJson("url", "javascript:alert(1)"))));
        cases.add(api("POST /articles: script as the address", 422, "url", propose.apply(articleJson("url", SCRIPT))));
        cases.add(api("POST /articles: an address of 3000 characters", 422, "url",
                propose.apply(articleJson("url", "https://example.org/" + "a".repeat(3000)))));
        cases.add(api("POST /articles: published 'yesterday'", 422, "publishedAt", propose.apply(articleJson("publishedAt", "yesterday"))));
        cases.add(api("POST /articles: published on a date without a time", 422, "publishedAt",
                propose.apply(articleJson("publishedAt", "2020-09-26"))));
        cases.add(api("POST /articles: published at a number", 422, "publishedAt",
                propose.apply("{\"title\":\"t\",\"text\":\"Prices rose.\",\"publishedAt\":1600000000}")));
        cases.add(api("POST /articles: sets its own id", 422, "id", propose.apply(articleJson("id", "1"))));
        cases.add(api("POST /articles: sets when it was stored", 422, "createdAt",
                propose.apply(articleJson("createdAt", "2020-01-01T00:00:00Z"))));
        cases.add(api("POST /articles: a misspelt field", 422, "publishr", propose.apply(articleJson("publishr", "p"))));
        cases.add(api("POST /articles: a raw NUL byte in the JSON", 422, "title",
                propose.apply("{\"title\":\"a" + NUL + "b\",\"text\":\"Prices rose.\"}")));
        cases.add(api("POST /articles: without signing in", 401,
                () -> given().contentType(ContentType.JSON).body(articleJson("title", "t")).post("/api/v1/articles")));
        cases.add(api("POST /articles: with a read token", 403,
                () -> given().header("Authorization", "Bearer " + readToken).contentType(ContentType.JSON)
                        .body(articleJson("title", "t")).post("/api/v1/articles")));
        return cases;
    }

    /** The same import with the page itself as the body, in every charset it may say it is in. */
    private static List<Hostile> htmlArticles() {
        Map<String, String> titled = Map.of("title", "A hostile page");
        List<Hostile> cases = new ArrayList<>();
        cases.add(api("POST /articles as HTML: no title", 422, "title",
                htmlArticle("text/html", ascii("<p>Prices rose 5 percent in 2020.</p>"), Map.of())));
        cases.add(api("POST /articles as HTML: a title of 501 characters", 422, "title",
                htmlArticle("text/html", ascii("<p>Prices rose.</p>"), Map.of("title", "t".repeat(501)))));
        cases.add(api("POST /articles as HTML: an empty page", 422, "text", htmlArticle("text/html", new byte[0], titled)));
        cases.add(api("POST /articles as HTML: a page that is only a script", 422, "text",
                htmlArticle("text/html", ascii(SCRIPT), titled)));
        cases.add(api("POST /articles as HTML: bytes that are not UTF-8, and no charset declared", 422, "text",
                htmlArticle("text/html", ("<p>Caf\u00e9 \u201copen\u201d</p>").getBytes(WINDOWS_1252), titled)));
        cases.add(api("POST /articles as HTML: latin-1 bytes sent as UTF-8", 422, "text",
                htmlArticle("text/html; charset=utf-8", ("<p>Caf\u00e9</p>").getBytes(WINDOWS_1252), titled)));
        cases.add(api("POST /articles as HTML: a page declaring UTF-8 that is not", 422, "text",
                htmlArticle("text/html", concat(ascii("<meta charset=\"utf-8\"><p>Caf"), new byte[] {(byte) 0xE9, '.'}), titled)));
        cases.add(api("POST /articles as HTML: a byte windows-1252 does not have", 422, "text",
                htmlArticle("text/html", concat(ascii("<meta charset=\"windows-1252\"><p>Caf"), new byte[] {(byte) 0x81}), titled)));
        cases.add(api("POST /articles as HTML: a charset nobody knows", 422, "text",
                htmlArticle("text/html; charset=x-klingon", ascii("<p>Prices rose.</p>"), titled)));
        cases.add(api("POST /articles as HTML: script as the declared charset", 422, "text",
                htmlArticle("text/html", ascii("<meta charset=\"" + SCRIPT + "\"><p>Prices rose.</p>"), titled)));
        cases.add(api("POST /articles as HTML: a NUL in the page", 422, "text",
                htmlArticle("text/html", ascii("<p>Prices" + NUL + " rose.</p>"), titled)));
        cases.add(api("POST /articles as HTML: published at 'abc'", 400, "publishedAt",
                htmlArticle("text/html", ascii("<p>Prices rose.</p>"), Map.of("title", "t", "publishedAt", "abc"))));
        cases.add(api("POST /articles as HTML: a javascript: address", 422, "url",
                htmlArticle("text/html", ascii("<p>Prices rose.</p>"), Map.of("title", "t", "url", "javascript:alert(1)"))));
        cases.add(api("POST /articles as HTML: a 5 MB page", 413,
                htmlArticle("text/html", concat(ascii("<p>"), fiveMegabyteJson()), titled)));
        return cases;
    }

    private static List<Hostile> picks() {
        Function<String, Supplier<Response>> pick = body -> raw(RITA, Method.POST, () -> "/api/v1/articles/" + articleId + "/claims",
                "application/json", body);
        Supplier<String> sentence = () -> "\"start\":" + sentenceStart + ",\"end\":" + sentenceEnd;
        List<Hostile> cases = new ArrayList<>();
        cases.add(api("POST picks: picks as a string", 422, "picks", pick.apply("{\"picks\":\"0-10\"}")));
        cases.add(api("POST picks: no picks", 422, "picks", pick.apply("{\"picks\":[]}")));
        cases.add(api("POST picks: a null pick", 422, "picks", pick.apply("{\"picks\":[null]}")));
        cases.add(api("POST picks: a pick past the end of the text", 422, "picks",
                pick.apply("{\"picks\":[{\"start\":0,\"end\":999999}]}")));
        cases.add(api("POST picks: a pick that ends before it starts", 422, "picks",
                pick.apply("{\"picks\":[{\"start\":10,\"end\":5}]}")));
        cases.add(api("POST picks: a pick at a negative offset", 422, "picks",
                pick.apply("{\"picks\":[{\"start\":-5,\"end\":5}]}")));
        cases.add(api("POST picks: a pick at " + HUGE_NUMBER, 422, "picks[0].start",
                pick.apply("{\"picks\":[{\"start\":" + HUGE_NUMBER + ",\"end\":5}]}")));
        cases.add(api("POST picks: a pick whose start is text", 422, "picks[0].start",
                pick.apply("{\"picks\":[{\"start\":\"0\",\"end\":5}]}")));
        cases.add(api("POST picks: 201 picks", 422, "picks", pick.apply("{\"picks\":[" + String.join(",",
                java.util.Collections.nCopies(201, "{\"start\":0,\"end\":1}")) + "]}")));
        cases.add(api("POST picks: a claimant of 201 characters", 422, "picks[0].claimant",
                () -> pick.apply("{\"picks\":[{" + sentence.get() + ",\"claimant\":\"" + "c".repeat(201) + "\"}]}").get()));
        cases.add(api("POST picks: a claimant that is a number", 422, "picks[0].claimant",
                () -> pick.apply("{\"picks\":[{" + sentence.get() + ",\"claimant\":7}]}").get()));
        cases.add(api("POST picks: a pick that sets the claim's state", 422, "picks[0].state",
                () -> pick.apply("{\"picks\":[{" + sentence.get() + ",\"state\":\"PUBLISHED\"}]}").get()));
        for (String id : BAD_IDS) {
            cases.add(api("POST /articles/" + id + "/claims", 404, pathBody(RITA, Method.POST, "/api/v1/articles/" + id + "/claims",
                    "{\"picks\":[{\"start\":0,\"end\":5}]}")));
        }
        return cases;
    }

    private static List<Hostile> scoring() {
        Function<String, Supplier<Response>> score = body -> raw(RITA, Method.POST, () -> "/api/v1/check-worthiness",
                "application/json", body);
        List<Hostile> cases = new ArrayList<>();
        cases.add(api("POST check-worthiness: sentences as a string", 422, "sentences", score.apply("{\"sentences\":\"Prices rose.\"}")));
        cases.add(api("POST check-worthiness: no sentences", 422, "sentences", score.apply("{\"sentences\":[]}")));
        cases.add(api("POST check-worthiness: a null sentence", 422, "sentences", score.apply("{\"sentences\":[null]}")));
        cases.add(api("POST check-worthiness: 1001 sentences", 422, "sentences", score.apply("{\"sentences\":[" + String.join(",",
                java.util.Collections.nCopies(1001, "\"Prices rose.\"")) + "]}")));
        cases.add(api("POST check-worthiness: a sentence of 5001 characters", 422, "sentences",
                score.apply("{\"sentences\":[\"" + "s".repeat(5001) + "\"]}")));
        return cases;
    }

    /** A NUL in any text of any JSON body: 422 naming the field, on PostgreSQL as on H2. */
    private static List<Hostile> nulInJson() {
        String nul = "a" + NUL_IN_JSON + "b";
        record Body(String name, String user, Method method, Supplier<String> path, String field, String json) {
        }
        List<Body> bodies = new ArrayList<>();
        Supplier<String> claims = () -> Desk.CLAIMS;
        for (String field : List.of("text", "claimant", "context", "appearanceUrl", "language")) {
            bodies.add(new Body("POST /claims", RITA, Method.POST, claims, field, claimJson(field, "x").replace("\"x\"", "\"" + nul + "\"")));
        }
        bodies.add(new Body("POST /claims", RITA, Method.POST, claims, "tags[0]",
                "{\"text\":\"x\",\"claimant\":\"y\",\"tags\":[\"" + nul + "\"]}"));
        Supplier<String> sources = () -> Desk.CLAIMS + "/" + held + "/sources";
        for (String field : List.of("url", "title", "publisher", "quote")) {
            bodies.add(new Body("POST sources", RITA, Method.POST, sources, field, withNul(sourceJson(field, "x"))));
        }
        Supplier<String> verdict = () -> Desk.CLAIMS + "/" + held + "/verdict";
        for (String field : List.of("rating", "summary", "explanation")) {
            bodies.add(new Body("PUT verdict", RITA, Method.PUT, verdict, field, withNul(verdictJson(field, "x"))));
        }
        Supplier<String> transitions = () -> Desk.CLAIMS + "/" + fresh + "/transitions";
        bodies.add(new Body("POST transitions", EDNA, Method.POST, transitions, "action", "{\"action\":\"" + nul + "\"}"));
        for (String field : List.of("comment", "reason", "assignee")) {
            bodies.add(new Body("POST transitions", EDNA, Method.POST, transitions, field,
                    "{\"action\":\"accept\",\"" + field + "\":\"" + nul + "\"}"));
        }
        Supplier<String> tokens = () -> "/api/v1/tokens";
        bodies.add(new Body("POST tokens", ADA, Method.POST, tokens, "name", withNul(tokenJson("name", "x"))));
        bodies.add(new Body("POST tokens", ADA, Method.POST, tokens, "actsFor", withNul(tokenJson("actsFor", "x"))));
        bodies.add(new Body("POST tokens", ADA, Method.POST, tokens, "scopes[0]",
                "{\"name\":\"n\",\"scopes\":[\"" + nul + "\"],\"expiresAt\":\"" + LocalDate.now().plusDays(5) + "\"}"));
        Supplier<String> webhooks = () -> "/api/v1/webhooks";
        bodies.add(new Body("POST webhooks", ADA, Method.POST, webhooks, "url", withNul(webhookJson("url", "x"))));
        bodies.add(new Body("POST webhooks", ADA, Method.POST, webhooks, "secret", withNul(webhookJson("secret", "x"))));
        bodies.add(new Body("POST webhooks", ADA, Method.POST, webhooks, "events[0]",
                "{\"url\":\"https://receiver.example/\",\"events\":[\"" + nul + "\"]}"));
        Supplier<String> imports = () -> "/api/v1/imports/claimreview";
        bodies.add(new Body("POST imports", EDNA, Method.POST, imports, "claimReviewed",
                "{\"@type\":\"ClaimReview\",\"claimReviewed\":\"" + nul + "\",\"url\":\"https://checker.example/1\"}"));
        bodies.add(new Body("POST imports", EDNA, Method.POST, imports, "@graph[1].author.name",
                "{\"@graph\":[{\"@type\":\"ClaimReview\"},{\"@type\":\"ClaimReview\",\"author\":{\"name\":\"" + nul + "\"}}]}"));
        bodies.add(new Body("POST imports", EDNA, Method.POST, imports, "claim?Reviewed",
                "{\"@type\":\"ClaimReview\",\"claim" + NUL_IN_JSON + "Reviewed\":\"x\"}"));
        Supplier<String> articles = () -> "/api/v1/articles";
        for (String field : List.of("title", "publisher", "url", "text")) {
            bodies.add(new Body("POST /articles", RITA, Method.POST, articles, field, withNul(articleJson(field, "x"))));
        }
        bodies.add(new Body("POST picks", RITA, Method.POST, () -> "/api/v1/articles/" + articleId + "/claims", "picks[0].claimant",
                "{\"picks\":[{\"start\":0,\"end\":5,\"claimant\":\"" + nul + "\"}]}"));
        bodies.add(new Body("POST check-worthiness", RITA, Method.POST, () -> "/api/v1/check-worthiness", "sentences[0]",
                "{\"sentences\":[\"" + nul + "\"]}"));
        bodies.add(new Body("POST /claims", RITA, Method.POST, claims, "te?xt",
                "{\"te" + NUL_IN_JSON + "xt\":\"x\",\"claimant\":\"y\"}"));
        List<Hostile> cases = new ArrayList<>();
        for (Body body : bodies) {
            cases.add(api(body.name() + ": a NUL in " + body.field(), 422, body.field(),
                    raw(body.user(), body.method(), body.path(), "application/json", body.json())));
        }
        return cases;
    }

    /** A NUL in a query parameter is a 400 naming it; in a name or password, a plain failure to sign in. */
    private static List<Hostile> nulInQueriesAndCredentials() {
        List<Hostile> cases = new ArrayList<>();
        for (String parameter : List.of("q", "claimant", "tag", "assignee", "state", "cursor", "limit", "updatedSince")) {
            cases.add(api("GET /claims?" + parameter + "= with a NUL", 400, parameter,
                    () -> Desk.as(EDNA).queryParam(parameter, "a" + NUL + "b").get(Desk.CLAIMS)));
        }
        for (String parameter : List.of("q", "rating", "publisher", "since", "cursor")) {
            cases.add(api("GET /fact-checks?" + parameter + "= with a NUL", 400, parameter,
                    () -> given().accept(ContentType.JSON).queryParam(parameter, "a" + NUL + "b").get("/api/v1/fact-checks")));
        }
        cases.add(api("GET /events?after= with a NUL", 400, "after",
                () -> Desk.as(EDNA).queryParam("after", "1" + NUL).get("/api/v1/events")));
        cases.add(api("GET /claims with a NUL in a parameter's name", 400, "a?b",
                () -> Desk.as(EDNA).queryParam("a" + NUL + "b", "1").get(Desk.CLAIMS)));
        cases.add(api("POST /articles as HTML: a NUL in the title parameter", 400, "title",
                htmlArticle("text/html", ascii("<p>Prices rose.</p>"), Map.of("title", "a" + NUL + "b"))));
        cases.add(api("POST /claims: HTTP Basic with a NUL in the name", 401,
                () -> given().auth().preemptive().basic("ri" + NUL + "ta", Desk.DEMO_PASSWORD).contentType(ContentType.JSON)
                        .body("{\"text\":\"x\",\"claimant\":\"y\"}").post(Desk.CLAIMS)));
        cases.add(api("POST /claims: HTTP Basic with a NUL in the password", 401,
                () -> given().auth().preemptive().basic(RITA, Desk.DEMO_PASSWORD + NUL).contentType(ContentType.JSON)
                        .body("{\"text\":\"x\",\"claimant\":\"y\"}").post(Desk.CLAIMS)));
        cases.add(api("GET /claims: HTTP Basic with only a NUL as the name", 401,
                () -> given().auth().preemptive().basic(NUL, NUL).accept(ContentType.JSON).get(Desk.CLAIMS)));
        return cases;
    }

    /** Ids that are not ids, on every address that takes one. */
    private static List<Hostile> pathTricks() {
        List<Hostile> cases = new ArrayList<>();
        for (String id : BAD_IDS) {
            cases.add(api("GET /claims/" + id, 404, pathCall(EDNA, Method.GET, Desk.CLAIMS + "/" + id)));
            cases.add(api("POST /claims/" + id + "/sources", 404, pathBody(RITA, Method.POST, Desk.CLAIMS + "/" + id + "/sources",
                    sourceJson("title", "t"))));
            cases.add(api("PUT /claims/" + id + "/verdict", 404, pathBody(RITA, Method.PUT, Desk.CLAIMS + "/" + id + "/verdict",
                    verdictJson("summary", "s"))));
            cases.add(api("POST /claims/" + id + "/transitions", 404, pathBody(EDNA, Method.POST,
                    Desk.CLAIMS + "/" + id + "/transitions", action("accept"))));
        }
        cases.add(api("GET /api/v1/claims/%2e%2e/%2e%2e/etc/passwd", 404, pathCall(EDNA, Method.GET, "/api/v1/claims/%2e%2e/%2e%2e/etc/passwd")));
        cases.add(api("GET /api/v1/claims;x=1", 404, pathCall(EDNA, Method.GET, "/api/v1/claims;x=1")));
        cases.add(api("GET /api/v1/no-such-thing", 404, pathCall(EDNA, Method.GET, "/api/v1/no-such-thing")));
        cases.add(api("PATCH a claim", 405, pathCall(EDNA, Method.PATCH, "/api/v1/claims/1")));
        cases.add(api("DELETE a claim", 405, pathCall(EDNA, Method.DELETE, "/api/v1/claims/1")));
        cases.add(api("a claim as XML", 406, () -> Desk.as(EDNA).accept("application/xml").get(Desk.CLAIMS + "/1")));
        return cases;
    }

    private static List<Hostile> queryStrings() {
        List<Hostile> cases = new ArrayList<>();
        String encodedCursorPastEnd = Base64.getUrlEncoder().withoutPadding().encodeToString(("after:" + HUGE_NUMBER).getBytes());
        String negativeCursor = Base64.getUrlEncoder().withoutPadding().encodeToString("after:-5".getBytes());
        Map<String, List<String>> claims = new LinkedHashMap<>();
        claims.put("limit", List.of("abc", "0", "-1", "201", HUGE_NUMBER, "1e3", SQL));
        claims.put("cursor", List.of("abc", SCRIPT, SQL, encodedCursorPastEnd, negativeCursor, "%%%"));
        claims.put("state", List.of(SCRIPT, SQL, "PUBLISHED;DROP", "published'"));
        claims.put("updatedSince", List.of("yesterday", "2026-13-45T00:00:00Z", SQL, "2026-01-01"));
        claims.put("overdue", List.of("maybe", SCRIPT));
        for (var parameter : claims.entrySet()) {
            for (String value : parameter.getValue()) {
                cases.add(api("GET /claims?" + parameter.getKey() + "=" + value, 400, parameter.getKey(),
                        () -> Desk.as(EDNA).queryParam(parameter.getKey(), value).get(Desk.CLAIMS)));
            }
        }
        Map<String, List<String>> events = new LinkedHashMap<>();
        events.put("after", List.of("abc", "-1", HUGE_NUMBER, SQL));
        events.put("limit", List.of("0", "1001", "abc"));
        events.put("wait", List.of("61", "-1", "abc", HUGE_NUMBER));
        for (var parameter : events.entrySet()) {
            for (String value : parameter.getValue()) {
                cases.add(api("GET /events?" + parameter.getKey() + "=" + value, 400, parameter.getKey(),
                        () -> Desk.as(EDNA).queryParam(parameter.getKey(), value).get("/api/v1/events")));
            }
        }
        for (String value : List.of("abc", "-1", SCRIPT)) {
            cases.add(api("GET /events/stream?after=" + value, 400, "after",
                    () -> Desk.as(EDNA).accept("text/event-stream").queryParam("after", value).get("/api/v1/events/stream")));
        }
        cases.add(api("GET /events/stream with Last-Event-ID " + SCRIPT, 400, "Last-Event-ID",
                () -> Desk.as(EDNA).accept("text/event-stream").header("Last-Event-ID", SCRIPT).get("/api/v1/events/stream")));
        Map<String, List<String>> factChecks = new LinkedHashMap<>();
        factChecks.put("since", List.of("abc", SQL, "2026-02-30T00:00:00Z"));
        factChecks.put("cursor", List.of("xyz", SCRIPT));
        factChecks.put("limit", List.of("0", "abc", HUGE_NUMBER));
        for (var parameter : factChecks.entrySet()) {
            for (String value : parameter.getValue()) {
                cases.add(api("GET /fact-checks?" + parameter.getKey() + "=" + value, 400, parameter.getKey(),
                        () -> given().accept(ContentType.JSON).queryParam(parameter.getKey(), value).get("/api/v1/fact-checks")));
            }
        }
        return cases;
    }

    // ---- the corpus: page forms ----

    @Order(2)
    @ParameterizedTest(name = "{0}")
    @MethodSource("formCorpus")
    void aPageFormIsSentBackWithAMessageOrAnErrorPage(Hostile hostile) {
        Response answer = hostile.send().get();
        int status = answer.statusCode();

        assertThat(status).as("%s answered %s %s", hostile, status, answer.asString()).isBetween(300, 499).isIn(hostile.statuses());
        assertThat(answer.asString()).doesNotContain("Exception", "\tat ", "org.factdesk", "io.quarkus");
        if (status >= 400) {
            assertThat(answer.contentType()).as(hostile.name()).startsWith("text/html");
            return;
        }
        URI location = URI.create(answer.header("Location"));
        assertThat(location.getHost()).as("%s sends the person back to this site", hostile).isIn(null, "localhost");
        if (hostile.field() != null && hostile.field().equals(SIGN_IN_REFUSED)) {
            assertThat(location.getPath()).isEqualTo("/login");
            assertThat(location.getQuery()).startsWith("error");
            return;
        }
        Map<String, Object> flash = flashOf(answer);
        assertThat(flash).as("%s leaves a message for the next page", hostile).isNotNull();
        assertThat(flash.get("error")).as("%s: the message is an error", hostile).isNotNull();
        assertThat((String) flash.get("error")).as("%s: refused, not failed", hostile).doesNotContain("went wrong on our side");
        assertThat(String.valueOf(flash.get("values"))).as("%s: what comes back is text", hostile).doesNotContain(NUL);
        assertThat(flash.get("notice")).isNull();
        assertThat(answer.getHeader("Set-Cookie")).isNotNull();
        answer.getHeaders().getValues("Set-Cookie").stream().filter(c -> c.startsWith(FLASH + "="))
                .forEach(c -> assertThat(c.length()).as("a flash cookie a browser keeps").isLessThan(4096));
        if (hostile.field() != null) {
            assertThat(flash.get("field")).as("the field %s names", hostile).isEqualTo(hostile.field());
        }
    }

    /** A sign-in that goes back to the sign-in page with its message, rather than a flash. */
    static final String SIGN_IN_REFUSED = "(sign-in refused)";

    static Stream<Hostile> formCorpus() {
        List<Hostile> corpus = new ArrayList<>();
        corpus.addAll(formShapes("POST /claims/{id}/sources", RITA, () -> "/claims/" + held, () -> "/claims/" + held + "/sources",
                Map.of("url", "https://example.org/x", "title", "A title", "stance", "refutes")));
        corpus.addAll(formShapes("POST /claims/{id}/verdict", RITA, () -> "/claims/" + held, () -> "/claims/" + held + "/verdict",
                Map.of("rating", "False", "summary", "A summary")));
        corpus.addAll(formShapes("POST /claims/{id}/actions", EDNA, () -> "/claims/" + fresh, () -> "/claims/" + fresh + "/actions",
                Map.of("action", "accept")));
        corpus.addAll(formShapes("POST /admin/people", ADA, () -> "/admin", () -> "/admin/people",
                Map.of("username", "shaped-form", "displayName", "Shaped Form", "role", "reviewer", "password", "long-enough-pw")));
        corpus.addAll(formShapes("POST /admin/labels", ADA, () -> "/admin", () -> "/admin/labels",
                Map.of("name", "Shaped label", "ratingValue", "", "definition", "A definition.")));
        corpus.addAll(formShapes("POST /admin/integrations/tokens", ADA, () -> "/admin/integrations",
                () -> "/admin/integrations/tokens", Map.of("name", "shaped", "scopes", "read",
                        "expiresAt", LocalDate.now().plusDays(5).toString())));

        Function<Map<String, String>, Function<PageSession, Response>> cite = fields -> s -> s.submit("/claims/" + held,
                "/claims/" + held + "/sources", fields);
        corpus.add(form("sources: no url", RITA, "url", cite.apply(Map.of("title", "t", "stance", "refutes"))));
        corpus.add(form("sources: a javascript: url", RITA, "url",
                cite.apply(Map.of("url", "javascript:alert(1)", "title", "t", "stance", "refutes"))));
        corpus.add(form("sources: a title of 501 characters", RITA, "title",
                cite.apply(Map.of("url", "https://example.org/x", "title", "t".repeat(501), "stance", "refutes"))));
        corpus.add(form("sources: a title of 100 000 characters", RITA, "title",
                cite.apply(Map.of("url", "https://example.org/x", "title", "t".repeat(100_000), "stance", "refutes"))));
        corpus.add(form("sources: a quote of 4001 characters", RITA, "quote",
                cite.apply(Map.of("url", "https://example.org/x", "title", "t", "stance", "refutes", "quote", "q".repeat(4001)))));
        corpus.add(form("sources: script as the stance", RITA, "stance",
                cite.apply(Map.of("url", "https://example.org/x", "title", "t", "stance", SCRIPT))));
        corpus.add(form("sources: SQL as the stance", RITA, "stance",
                cite.apply(Map.of("url", "https://example.org/x", "title", "t", "stance", SQL))));
        corpus.add(form("sources: published on 'abc'", RITA, "publishedOn",
                cite.apply(Map.of("url", "https://example.org/x", "title", "t", "stance", "refutes", "publishedOn", "abc"))));
        corpus.add(form("sources: 300 fields of 2000 characters", RITA, null, cite.apply(manyFields())));

        Function<Map<String, String>, Function<PageSession, Response>> rate = fields -> s -> s.submit("/claims/" + held,
                "/claims/" + held + "/verdict", fields);
        corpus.add(form("verdict: no rating", RITA, "rating", rate.apply(Map.of("summary", "s"))));
        corpus.add(form("verdict: script as the rating", RITA, "rating", rate.apply(Map.of("rating", SCRIPT))));
        corpus.add(form("verdict: SQL as the rating", RITA, "rating", rate.apply(Map.of("rating", SQL))));
        corpus.add(form("verdict: a summary of 1001 characters", RITA, "summary",
                rate.apply(Map.of("rating", "False", "summary", "s".repeat(1001)))));
        corpus.add(form("verdict: an explanation of 20001 characters", RITA, "explanation",
                rate.apply(Map.of("rating", "False", "explanation", "e".repeat(20_001)))));
        corpus.add(form("verdict: an explanation of 20001 characters outside ASCII", RITA, "explanation",
                rate.apply(Map.of("rating", "False", "explanation", "é".repeat(20_001)))));
        corpus.add(form("verdict: on a claim nobody holds", RITA, null,
                s -> s.submit("/claims/" + fresh, "/claims/" + fresh + "/verdict", Map.of("rating", "False"))));

        Function<Map<String, String>, Function<PageSession, Response>> act = fields -> s -> s.submit("/claims/" + fresh,
                "/claims/" + fresh + "/actions", fields);
        corpus.add(form("actions: no action", EDNA, "action", act.apply(Map.of())));
        corpus.add(form("actions: script as the action", EDNA, "action", act.apply(Map.of("action", SCRIPT))));
        corpus.add(form("actions: SQL as the action", EDNA, "action", act.apply(Map.of("action", SQL))));
        corpus.add(form("actions: accept with 'abc' reviews", EDNA, "requiredReviews",
                act.apply(Map.of("action", "accept", "requiredReviews", "abc"))));
        corpus.add(form("actions: accept with 3 reviews", EDNA, "requiredReviews",
                act.apply(Map.of("action", "accept", "requiredReviews", "3"))));
        corpus.add(form("actions: accept with " + HUGE_NUMBER + " reviews", EDNA, "requiredReviews",
                act.apply(Map.of("action", "accept", "requiredReviews", HUGE_NUMBER))));
        corpus.add(form("actions: script as the priority", EDNA, "priority",
                act.apply(Map.of("action", "accept", "priority", SCRIPT))));
        corpus.add(form("actions: due 'abc'", EDNA, "dueDate", act.apply(Map.of("action", "accept", "dueDate", "abc"))));
        corpus.add(form("actions: due in 2020", EDNA, "dueDate", act.apply(Map.of("action", "accept", "dueDate", "2020-01-01"))));
        corpus.add(form("actions: dismiss for a script reason", EDNA, "reason",
                act.apply(Map.of("action", "dismiss", "reason", SCRIPT))));
        corpus.add(form("actions: dismiss for a reason of 5000 characters", EDNA, "reason",
                act.apply(Map.of("action", "dismiss", "reason", "r".repeat(5000)))));
        corpus.add(form("actions: request changes with a comment of 5000 characters", EDNA, "comment",
                s -> s.submit("/claims/" + inReview, "/claims/" + inReview + "/actions",
                        Map.of("action", "request-changes", "comment", "c".repeat(5000)))));
        corpus.add(form("actions: reopen with a reason of 2000 characters", EDNA, "reason",
                s -> s.submit("/claims/" + published, "/claims/" + published + "/actions",
                        Map.of("action", "reopen", "reason", "r".repeat(2000)))));
        corpus.add(form("actions: a reviewer approves", RITA, null,
                s -> s.submit("/claims/" + inReview, "/claims/" + inReview + "/actions", Map.of("action", "approve"))));
        corpus.add(form("actions: back to another site", EDNA, "action",
                act.apply(Map.of("action", SCRIPT, "back", "https://evil.example/"))));
        corpus.add(form("actions: back to a protocol-relative address", EDNA, "action",
                act.apply(Map.of("action", SCRIPT, "back", "//evil.example/"))));

        corpus.add(form("queue: claim a NEW claim", RITA, null, s -> s.submit("/queue", "/queue/" + fresh + "/claim", Map.of())));
        corpus.add(form("queue: claim a published claim", RITA, null,
                s -> s.submit("/queue", "/queue/" + published + "/claim", Map.of())));

        Function<Map<String, String>, Function<PageSession, Response>> addPerson = fields -> s -> s.submit("/admin",
                "/admin/people", fields);
        corpus.add(form("people: nothing filled in", ADA, "username", addPerson.apply(Map.of())));
        corpus.add(form("people: script as the username", ADA, "username",
                addPerson.apply(person(SCRIPT, "Name", "reviewer", "long-enough-pw"))));
        corpus.add(form("people: SQL as the username", ADA, "username",
                addPerson.apply(person(SQL, "Name", "reviewer", "long-enough-pw"))));
        corpus.add(form("people: a username of 65 characters", ADA, "username",
                addPerson.apply(person("u".repeat(65), "Name", "reviewer", "long-enough-pw"))));
        corpus.add(form("people: a display name of 201 characters", ADA, "displayName",
                addPerson.apply(person("long-name", "n".repeat(201), "reviewer", "long-enough-pw"))));
        corpus.add(form("people: the superuser role", ADA, "role",
                addPerson.apply(person("superuser", "Name", "superuser", "long-enough-pw"))));
        corpus.add(form("people: SQL as the role", ADA, "role", addPerson.apply(person("sqlrole", "Name", SQL, "long-enough-pw"))));
        corpus.add(form("people: a short password", ADA, "password", addPerson.apply(person("shortpw", "Name", "reviewer", "x"))));
        corpus.add(form("people: SQL as a new role", ADA, "role",
                s -> s.submit("/admin", "/admin/people/" + adaId + "/role", Map.of("role", SQL))));
        corpus.add(form("people: an admin deactivates herself", ADA, null,
                s -> s.submit("/admin", "/admin/people/" + adaId + "/deactivate", Map.of())));

        Function<Map<String, String>, Function<PageSession, Response>> addLabel = fields -> s -> s.submit("/admin",
                "/admin/labels", fields);
        corpus.add(form("labels: no name", ADA, "name", addLabel.apply(Map.of("definition", "d"))));
        corpus.add(form("labels: a name of 65 characters", ADA, "name",
                addLabel.apply(Map.of("name", "n".repeat(65), "definition", "d"))));
        corpus.add(form("labels: 'abc' as the number", ADA, "ratingValue",
                addLabel.apply(Map.of("name", "Number abc", "ratingValue", "abc", "definition", "d"))));
        corpus.add(form("labels: " + HUGE_NUMBER + " as the number", ADA, "ratingValue",
                addLabel.apply(Map.of("name", "Number huge", "ratingValue", HUGE_NUMBER, "definition", "d"))));
        corpus.add(form("labels: a definition of 1001 characters", ADA, "definition",
                addLabel.apply(Map.of("name", "Long definition", "definition", "d".repeat(1001)))));
        corpus.add(form("labels: a new definition of 1001 characters", ADA, "definition",
                s -> s.submit("/admin", "/admin/labels/" + labelId + "/definition", Map.of("definition", "d".repeat(1001)))));
        corpus.add(form("labels: an empty new definition", ADA, "definition",
                s -> s.submit("/admin", "/admin/labels/" + labelId + "/definition", Map.of("definition", ""))));

        Function<Map<String, String>, Function<PageSession, Response>> issue = fields -> s -> s.submit("/admin/integrations",
                "/admin/integrations/tokens", fields);
        corpus.add(form("tokens: no name", ADA, "name", issue.apply(Map.of("scopes", "read", "expiresAt", "2027-01-01"))));
        corpus.add(form("tokens: the god scope", ADA, "scopes",
                issue.apply(Map.of("name", "n", "scopes", "god", "expiresAt", LocalDate.now().plusDays(5).toString()))));
        corpus.add(form("tokens: expires 'abc'", ADA, "expiresAt", issue.apply(Map.of("name", "n", "scopes", "read", "expiresAt", "abc"))));
        corpus.add(form("tokens: expired in 2020", ADA, "expiresAt",
                issue.apply(Map.of("name", "n", "scopes", "read", "expiresAt", "2020-01-01"))));
        corpus.add(form("webhooks: a javascript: url", ADA, "url", s -> s.submit("/admin/integrations",
                "/admin/integrations/webhooks", Map.of("url", "javascript:alert(1)", "events", "*"))));
        for (String internal : INTERNAL_RECEIVERS) {
            corpus.add(form("webhooks: an internal receiver " + internal, ADA, "url", s -> s.submit("/admin/integrations",
                    "/admin/integrations/webhooks", Map.of("url", internal, "events", "*"))));
        }
        corpus.add(form("webhooks: script as an event", ADA, "events", s -> s.submit("/admin/integrations",
                "/admin/integrations/webhooks", Map.of("url", "https://receiver.example/", "events", SCRIPT))));

        for (String id : BAD_IDS) {
            corpus.add(form("POST /claims/" + id + "/sources", RITA, null, badPath("/claims/" + held, "/claims/" + id + "/sources",
                    Map.of("url", "https://example.org/x", "title", "t", "stance", "refutes"))));
            corpus.add(form("POST /claims/" + id + "/verdict", RITA, null, badPath("/claims/" + held, "/claims/" + id + "/verdict",
                    Map.of("rating", "False"))));
            corpus.add(form("POST /claims/" + id + "/actions", EDNA, null, badPath("/claims/" + fresh, "/claims/" + id + "/actions",
                    Map.of("action", "accept"))));
            corpus.add(form("POST /queue/" + id + "/claim", RITA, null, badPath("/queue", "/queue/" + id + "/claim", Map.of())));
            corpus.add(form("POST /admin/people/" + id + "/role", ADA, null, badPath("/admin", "/admin/people/" + id + "/role",
                    Map.of("role", "editor"))));
            corpus.add(form("POST /admin/people/" + id + "/deactivate", ADA, null,
                    badPath("/admin", "/admin/people/" + id + "/deactivate", Map.of())));
            corpus.add(form("POST /admin/labels/" + id + "/retire", ADA, null,
                    badPath("/admin", "/admin/labels/" + id + "/retire", Map.of())));
            corpus.add(form("POST /admin/integrations/tokens/" + id + "/revoke", ADA, null,
                    badPath("/admin/integrations", "/admin/integrations/tokens/" + id + "/revoke", Map.of())));
            corpus.add(form("POST /admin/integrations/webhooks/" + id + "/remove", ADA, null,
                    badPath("/admin/integrations", "/admin/integrations/webhooks/" + id + "/remove", Map.of())));
        }
        corpus.add(form("an editor posts the admin form", EDNA, null,
                s -> s.submit("/claims/" + fresh, "/admin/people", person("by-editor", "By Editor", "admin", "long-enough-pw"))));
        corpus.add(form("a reviewer revokes a token", RITA, null,
                s -> s.submit("/claims/" + held, "/admin/integrations/tokens/" + tokenId + "/revoke", Map.of())));

        corpus.addAll(articleForms());
        corpus.addAll(pickForms());
        corpus.addAll(nulInForms());
        corpus.addAll(signOuts());
        corpus.addAll(signIns());
        return corpus.stream();
    }

    /** One page form sent in every shape but its own. */
    private static List<Hostile> formShapes(String name, String user, Supplier<String> page, Supplier<String> action,
            Map<String, String> goodFields) {
        List<Hostile> cases = new ArrayList<>();
        String on = name + ": ";
        cases.add(form(on + "without the CSRF token", user, null, s -> s.postForm(page.get(), action.get(), goodFields)));
        cases.add(form(on + "with a CSRF token of its own making", user, null,
                s -> s.postForm(page.get(), action.get(), withField(goodFields, "csrf-token", "forged-token"))));
        cases.add(form(on + "with the CSRF token of someone else's page", user, null,
                s -> s.postForm(page.get(), action.get(), withField(goodFields, "csrf-token", session(someoneOtherThan(user)).csrfToken("/fact-checks")))));
        cases.add(form(on + "as JSON", user, null, s -> s.from(page.get()).contentType(ContentType.JSON)
                .body(jsonOf(withField(goodFields, "csrf-token", s.csrfToken(page.get())))).post(action.get())));
        cases.add(form(on + "as plain text", user, null, s -> s.from(page.get()).contentType("text/plain")
                .body(formBody(withField(goodFields, "csrf-token", s.csrfToken(page.get())))).post(action.get())));
        cases.add(form(on + "as multipart without a boundary", user, null, s -> asIs(s.from(page.get()))
                .contentType("multipart/form-data").body("--x\r\n".getBytes(StandardCharsets.US_ASCII)).post(action.get())));
        cases.add(form(on + "with no body and no type", user, null, s -> s.from(page.get()).post(action.get())));
        cases.add(form(on + "a 5 MB field", user, null, s -> s.from(page.get()).contentType("application/x-www-form-urlencoded")
                .body(formBody(withField(withField(goodFields, "csrf-token", s.csrfToken(page.get())), "quote",
                        "q".repeat(FIVE_MB)))).post(action.get())));
        cases.add(form(on + "invalid UTF-8 bytes", user, null, s -> asIs(s.from(page.get()))
                .contentType("application/x-www-form-urlencoded").body(invalidUtf8Form(goodFields, s.csrfToken(page.get())))
                .post(action.get())));
        cases.add(form(on + "percent-encoded invalid UTF-8", user, null, s -> asIs(s.from(page.get()))
                .contentType("application/x-www-form-urlencoded")
                .body((formBody(withField(goodFields, "csrf-token", s.csrfToken(page.get())))
                        + "&title=%FF%FE&name=%C0%AF&summary=%ED%A0%80").getBytes(StandardCharsets.US_ASCII))
                .post(action.get())));
        return cases;
    }

    /** The page that imports an article: a multipart form, with a file or pasted text. */
    private static List<Hostile> articleForms() {
        Map<String, String> good = Map.of("title", "A hostile import", "text", "Prices rose 5 percent in 2020.");
        Function<Map<String, String>, Function<PageSession, Response>> importing = fields -> s -> s.submitMultipart(
                "/articles/new", "/articles", fields);
        List<Hostile> cases = new ArrayList<>(formShapes("POST /articles", EDNA, () -> "/articles/new", () -> "/articles", good));
        cases.add(form("import: multipart without the CSRF token", EDNA, null, s -> {
            RequestSpecification request = s.from("/articles/new");
            good.forEach(request::multiPart);
            return request.post("/articles");
        }));
        cases.add(form("import: multipart with a CSRF token of its own making", EDNA, null,
                s -> multipart(s, withField(good, "csrf-token", "forged-token"), null, null).post("/articles")));
        cases.add(form("import: no title", EDNA, "title", importing.apply(Map.of("text", "Prices rose."))));
        cases.add(form("import: a title of spaces", EDNA, "title", importing.apply(withField(good, "title", "   "))));
        cases.add(form("import: a title of 501 characters", EDNA, "title", importing.apply(withField(good, "title", "t".repeat(501)))));
        cases.add(form("import: a publisher of 201 characters", EDNA, "publisher",
                importing.apply(withField(good, "publisher", "p".repeat(201)))));
        cases.add(form("import: a javascript: address", EDNA, "url", importing.apply(withField(good, "url", "javascript:alert(1)"))));
        cases.add(form("import: published on 'abc'", EDNA, "publishedOn", importing.apply(withField(good, "publishedOn", "abc"))));
        cases.add(form("import: published on 2020-02-30", EDNA, "publishedOn",
                importing.apply(withField(good, "publishedOn", "2020-02-30"))));
        cases.add(form("import: neither text nor file", EDNA, "text", importing.apply(Map.of("title", "t"))));
        cases.add(form("import: a text that is only a script", EDNA, "text", importing.apply(withField(good, "text", SCRIPT))));
        cases.add(form("import: a text of 1 000 001 characters", EDNA, null,
                importing.apply(withField(good, "text", "a".repeat(1_000_001)))));
        cases.add(form("import: invalid UTF-8 bytes in the title", EDNA, "title", s -> {
            Map<String, byte[]> parts = new LinkedHashMap<>();
            parts.put("csrf-token", ascii(s.csrfToken("/articles/new")));
            parts.put("text", ascii("Prices rose."));
            parts.put("title", new byte[] {'T', (byte) 0xFF, (byte) 0xFE, (byte) 0xC3});
            return multipartBody(s.from("/articles/new"), parts, null, null).post("/articles");
        }));
        Map<String, String> titled = Map.of("title", "A hostile file");
        cases.add(form("import: a file that is not UTF-8 and declares nothing", EDNA, "file",
                s -> multipart(s, titled, "text/html", ("<p>Caf\u00e9 \u201copen\u201d</p>").getBytes(WINDOWS_1252)).post("/articles")));
        cases.add(form("import: a file declaring windows-1252 with a byte it does not have", EDNA, "file",
                s -> multipart(s, titled, "text/html", concat(ascii("<meta charset=windows-1252><p>Caf"), new byte[] {(byte) 0x81}))
                        .post("/articles")));
        cases.add(form("import: a file declaring a charset nobody knows", EDNA, "file",
                s -> multipart(s, titled, "text/html", ascii("<meta charset=\"x-klingon\"><p>Prices rose.</p>")).post("/articles")));
        cases.add(form("import: a file sent as a charset nobody knows", EDNA, "file",
                s -> multipart(s, titled, "text/html; charset=x-klingon", ascii("<p>Prices rose.</p>")).post("/articles")));
        cases.add(form("import: a binary file", EDNA, "file",
                s -> multipart(s, titled, "application/zip", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0}).post("/articles")));
        cases.add(form("import: a file that is only a script", EDNA, "text",
                s -> multipart(s, titled, "text/html", ascii(SCRIPT)).post("/articles")));
        cases.add(form("import: a file of 5 MB", EDNA, null,
                s -> multipart(s, titled, "text/plain", fiveMegabyteJson()).post("/articles")));
        cases.add(form("import: a file of 5 MB sent in chunks", EDNA, null, s -> {
            String token = s.csrfToken("/articles/new");
            return s.from("/articles/new").multiPart("csrf-token", token).multiPart("title", "t")
                    .multiPart("file", "article.txt", fiveMegabyteJson(), "text/plain").post("/articles");
        }));
        return cases;
    }

    /** The page's picks of an article's sentences, each by its offsets, with a claimant beside it. */
    private static List<Hostile> pickForms() {
        Function<Map<String, String>, Function<PageSession, Response>> picking = fields -> s -> s.submitMultipart(
                "/articles/" + articleId, "/articles/" + articleId + "/claims", fields);
        List<Hostile> cases = new ArrayList<>();
        cases.add(form("picks: none picked", EDNA, "picks", picking.apply(Map.of())));
        cases.add(form("picks: 'abc' picked", EDNA, "picks", picking.apply(Map.of("pick", "abc"))));
        cases.add(form("picks: script picked", EDNA, "picks", picking.apply(Map.of("pick", SCRIPT))));
        cases.add(form("picks: a pick that ends before it starts", EDNA, "picks", picking.apply(Map.of("pick", "10-5"))));
        cases.add(form("picks: a pick past the end of the text", EDNA, "picks", picking.apply(Map.of("pick", "0-9999999"))));
        cases.add(form("picks: a pick of 8-digit offsets", EDNA, "picks", picking.apply(Map.of("pick", "0-12345678"))));
        cases.add(form("picks: a negative pick", EDNA, "picks", picking.apply(Map.of("pick", "-1-5"))));
        cases.add(form("picks: a claimant of 201 characters", EDNA, "claimant-" + sentenceStart, s -> picking.apply(Map.of(
                "pick", sentenceStart + "-" + sentenceEnd, "claimant-" + sentenceStart, "c".repeat(201))).apply(s)));
        cases.add(form("picks: a rewording of 2,001 characters", EDNA, "text-" + sentenceStart, s -> picking.apply(Map.of(
                "pick", sentenceStart + "-" + sentenceEnd, "claimant-" + sentenceStart, "Ana Lima", "text-" + sentenceStart,
                "t".repeat(2001))).apply(s)));
        cases.add(form("picks: as a URL-encoded form", EDNA, null, s -> s.submit("/articles/" + articleId,
                "/articles/" + articleId + "/claims", Map.of("pick", sentenceStart + "-" + sentenceEnd))));
        for (String id : BAD_IDS) {
            cases.add(form("POST /articles/" + id + "/claims", EDNA, null, s -> multipart(s, Map.of("pick", "0-5"), null, null)
                    .post("/articles/" + id + "/claims")));
        }
        return cases;
    }

    /** A NUL in any field of any page form comes back next to that field; in a page's address, an error page. */
    private static List<Hostile> nulInForms() {
        String nul = "a" + NUL + "b";
        List<Hostile> cases = new ArrayList<>();
        Map<String, String> source = Map.of("url", "https://example.org/x", "title", "t", "stance", "refutes", "quote", "q");
        for (String field : List.of("url", "title", "quote")) {
            cases.add(form("sources: a NUL in " + field, RITA, field,
                    s -> s.submit("/claims/" + held, "/claims/" + held + "/sources", withField(source, field, nul))));
        }
        cases.add(form("verdict: a NUL in summary", RITA, "summary", s -> s.submit("/claims/" + held, "/claims/" + held + "/verdict",
                Map.of("rating", "False", "summary", nul))));
        cases.add(form("actions: a NUL in comment", EDNA, "comment", s -> s.submit("/claims/" + fresh, "/claims/" + fresh + "/actions",
                Map.of("action", "accept", "comment", nul))));
        Map<String, String> newPerson = person("nul-person", "Nul Person", "reviewer", "long-enough-pw");
        for (String field : List.of("username", "displayName", "password")) {
            cases.add(form("people: a NUL in " + field, ADA, field, s -> s.submit("/admin", "/admin/people",
                    withField(newPerson, field, nul + "-long-enough"))));
        }
        cases.add(form("labels: a NUL in name", ADA, "name", s -> s.submit("/admin", "/admin/labels",
                Map.of("name", nul, "definition", "d"))));
        cases.add(form("labels: a NUL in a new definition", ADA, "definition", s -> s.submit("/admin",
                "/admin/labels/" + labelId + "/definition", Map.of("definition", nul))));
        cases.add(form("tokens: a NUL in name", ADA, "name", s -> s.submit("/admin/integrations", "/admin/integrations/tokens",
                Map.of("name", nul, "scopes", "read", "expiresAt", LocalDate.now().plusDays(5).toString()))));
        cases.add(form("webhooks: a NUL in url", ADA, "url", s -> s.submit("/admin/integrations", "/admin/integrations/webhooks",
                Map.of("url", "https://receiver.example/" + nul, "events", "*"))));
        Map<String, String> article = Map.of("title", "t", "publisher", "p", "url", "https://example.org/a", "text", "Prices rose.");
        for (String field : List.of("title", "publisher", "url", "text")) {
            cases.add(form("import: a NUL in " + field, EDNA, field, s -> s.submitMultipart("/articles/new", "/articles",
                    withField(article, field, nul))));
        }
        cases.add(form("picks: a NUL in a claimant", EDNA, "claimant-" + 0, s -> s.submitMultipart("/articles/" + articleId,
                "/articles/" + articleId + "/claims", Map.of("pick", "0-5", "claimant-0", nul))));
        cases.add(form("sources: a NUL in a field's name", RITA, "ti?tle", s -> s.submit("/claims/" + held,
                "/claims/" + held + "/sources", withField(source, "ti" + NUL + "tle", "t"))));
        cases.add(form("page: the queue searched for a NUL", RITA, null,
                s -> s.from("/queue").urlEncodingEnabled(false).get("/queue?q=a%00b")));
        cases.add(form("page: the queue with a NUL in a parameter's name", RITA, null,
                s -> s.from("/queue").urlEncodingEnabled(false).get("/queue?a%00b=1")));
        cases.add(form("page: the sign-in page with a NUL in its message", RITA, null,
                s -> given().redirects().follow(false).urlEncodingEnabled(false).get("/login?error=%00")));
        cases.add(form("page: the public fact-checks searched for a NUL", RITA, null,
                s -> given().redirects().follow(false).urlEncodingEnabled(false).get("/fact-checks?q=%00")));
        return cases;
    }

    private static List<Hostile> signOuts() {
        List<Hostile> cases = new ArrayList<>();
        cases.add(form("POST /logout without the CSRF token", RITA, null, s -> s.postForm("/queue", "/logout", Map.of())));
        cases.add(form("POST /logout with a forged CSRF token", RITA, null,
                s -> s.postForm("/queue", "/logout", Map.of("csrf-token", "forged"))));
        cases.add(form("POST /logout as JSON", RITA, null, s -> s.from("/queue").contentType(ContentType.JSON).body("{}").post("/logout")));
        cases.add(form("POST /logout as plain text", RITA, null,
                s -> s.from("/queue").contentType("text/plain").body("bye").post("/logout")));
        cases.add(form("POST /logout with no body and no type", RITA, null, s -> s.from("/queue").post("/logout")));
        return cases;
    }

    private static List<Hostile> signIns() {
        List<Hostile> cases = new ArrayList<>();
        Function<Function<RequestSpecification, Response>, Function<PageSession, Response>> anonymous =
                send -> s -> send.apply(given().redirects().follow(false).header("Referer", "http://localhost/login"));
        cases.add(signIn("sign in: an empty form", anonymous.apply(r -> r.contentType(ContentType.URLENC).body("")
                .post("/j_security_check"))));
        cases.add(signIn("sign in: no password", anonymous.apply(r -> r.contentType(ContentType.URLENC)
                .formParam("j_username", "nobody-at-all").post("/j_security_check"))));
        cases.add(signIn("sign in: no name", anonymous.apply(r -> r.contentType(ContentType.URLENC)
                .formParam("j_password", "whatever").post("/j_security_check"))));
        cases.add(signIn("sign in: SQL as name and password", anonymous.apply(r -> r.contentType(ContentType.URLENC)
                .formParam("j_username", SQL).formParam("j_password", SQL).post("/j_security_check"))));
        cases.add(signIn("sign in: script as the name", anonymous.apply(r -> r.contentType(ContentType.URLENC)
                .formParam("j_username", SCRIPT).formParam("j_password", "x").post("/j_security_check"))));
        cases.add(signIn("sign in: a name of 5000 characters", anonymous.apply(r -> r.contentType(ContentType.URLENC)
                .formParam("j_username", "n".repeat(5000)).formParam("j_password", "x").post("/j_security_check"))));
        cases.add(signIn("sign in: a password of 5 MB", anonymous.apply(r -> r.contentType(ContentType.URLENC)
                .formParam("j_username", "nobody-at-all").formParam("j_password", "p".repeat(FIVE_MB)).post("/j_security_check"))));
        cases.add(signIn("sign in: invalid UTF-8 bytes", anonymous.apply(r -> asIs(r).contentType("application/x-www-form-urlencoded")
                .body(concat("j_username=".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xff, (byte) 0xfe},
                        "&j_password=x".getBytes(StandardCharsets.US_ASCII))).post("/j_security_check"))));
        cases.add(signIn("sign in: a NUL in the name", anonymous.apply(r -> r.contentType(ContentType.URLENC)
                .formParam("j_username", "ri" + NUL + "ta").formParam("j_password", Desk.DEMO_PASSWORD).post("/j_security_check"))));
        cases.add(signIn("sign in: a NUL in the password", anonymous.apply(r -> r.contentType(ContentType.URLENC)
                .formParam("j_username", RITA).formParam("j_password", Desk.DEMO_PASSWORD + NUL).post("/j_security_check"))));
        cases.add(signIn("sign in: only a NUL as the name", anonymous.apply(r -> r.contentType(ContentType.URLENC)
                .formParam("j_username", NUL).formParam("j_password", NUL).post("/j_security_check"))));
        cases.add(signIn("sign in: as JSON", anonymous.apply(r -> r.contentType(ContentType.JSON)
                .body("{\"j_username\":\"rita\",\"j_password\":\"demo\"}").post("/j_security_check"))));
        cases.add(signIn("sign in: as plain text", anonymous.apply(r -> r.contentType("text/plain")
                .body("j_username=rita&j_password=demo").post("/j_security_check"))));
        cases.add(signIn("sign in: with no body and no type", anonymous.apply(r -> r.post("/j_security_check"))));
        cases.add(new Hostile("sign in: GET /j_security_check", () -> anonymous.apply(r -> r.get("/j_security_check"))
                .apply(null), List.of(404, 405), null));
        return cases;
    }

    // ---- what the corpus must leave alone, and how the pages show markup ----

    @Order(3)
    @Test
    void halfASurrogatePairEscapedInJsonIsRefusedNamingTheFieldAndNothingIsStored() {
        String text = Desk.uniqueText("Half a pair");
        Response refused = Desk.as(EDNA).body("{\"text\":\"" + text + " \\ud800\",\"claimant\":\"Someone\"}").post(Desk.CLAIMS);
        Response refusedName = Desk.as(EDNA).body("{\"te\\udc00xt\":\"x\",\"claimant\":\"y\"}").post(Desk.CLAIMS);

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.contentType()).startsWith(Desk.PROBLEM_JSON);
        assertThat(refused.jsonPath().getString("field")).isEqualTo("text");
        assertThat(refused.jsonPath().getString("detail")).contains("surrogate");
        assertThat(refusedName.statusCode()).isBetween(400, 422);
        assertThat(refusedName.contentType()).startsWith(Desk.PROBLEM_JSON);
        long stored = QuarkusTransaction.requiringNew().call(() -> org.factdesk.core.claim.Claim.count("text like ?1", text + "%"));
        assertThat(stored).isZero();
    }

    @Test
    void everyRefusedRequestLeftTheDataAsItWas() {
        assertThat(Snapshot.take()).isEqualTo(before);
    }

    @Order(4)
    @Test
    void markupIsShownAsTextOnEveryPage() {
        // A refused form brings back what was typed, and the message that quotes it.
        PageSession rita = session(RITA);
        rita.submit("/claims/" + held, "/claims/" + held + "/sources", Map.of("url", "https://example.org/x",
                "title", ATTRIBUTE_BREAK, "stance", SCRIPT, "quote", SCRIPT));
        String refusedForm = rita.get("/claims/" + held).then().statusCode(200).extract().asString();
        assertThat(refusedForm).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertNoLiveMarkup("the claim page after a refused form", refusedForm);

        Map<String, List<String>> pagesBy = new LinkedHashMap<>();
        List<String> claimPages = List.of("/claims/" + markedUpPublished, "/claims/" + markedUpInReview,
                "/claims/" + markedUpNew, "/claims/" + markedUpReady, "/claims/" + markedUpFromArticle,
                "/articles/" + markedUpArticle, "/articles/" + markedUpPageArticle);
        List<String> ritasPages = new ArrayList<>(List.of("/", "/queue", "/my-claims", "/dashboard", "/fact-checks",
                "/fact-checks/" + markedUpPublished, "/queue?q=" + enc(SCRIPT), "/queue?claimant=" + enc(ATTRIBUTE_BREAK),
                "/queue?tag=" + enc(SCRIPT)));
        ritasPages.addAll(claimPages);
        pagesBy.put(RITA, ritasPages);
        List<String> ednasPages = new ArrayList<>(List.of("/", "/triage", "/review", "/dashboard", "/queue"));
        ednasPages.addAll(claimPages);
        pagesBy.put(EDNA, ednasPages);
        pagesBy.put(ADA, List.of("/admin", "/admin/labels/" + markedUpLabelId, "/admin/integrations", "/dashboard"));

        int escapedSeen = 0;
        for (var person : pagesBy.entrySet()) {
            PageSession session = session(person.getKey());
            for (String path : person.getValue()) {
                Response page = session.get(path);
                assertThat(page.statusCode()).as("%s opens %s", person.getKey(), path).isEqualTo(200);
                String html = page.asString();
                assertNoLiveMarkup(person.getKey() + " on " + path, html);
                if (html.contains("&lt;script&gt;alert(1)&lt;/script&gt;") || html.contains("&lt;img src=x onerror=alert(1)&gt;")) {
                    escapedSeen++;
                }
            }
        }
        for (String path : List.of("/fact-checks", "/fact-checks/" + markedUpPublished, "/fact-checks/" + markedUpFromArticle,
                "/login", "/login?error=" + enc(SCRIPT))) {
            Response page = given().redirects().follow(false).get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertNoLiveMarkup("a reader on " + path, page.asString());
        }
        assertThat(escapedSeen).as("pages that show the markup, escaped").isGreaterThan(10);
        String publicPage = given().get("/fact-checks/" + markedUpPublished).asString();
        assertThat(publicPage).contains("Correction &lt;script&gt;", "Summary &lt;script&gt;", "Source &lt;script&gt;");
    }

    @Order(5)
    @Test
    void anArticlesTitleAndPublisherAreShownAsTextOnEveryPageThatShowsThem() {
        String title = "Article &lt;script&gt;alert(1)&lt;/script&gt;";
        String publisher = "Publisher &quot;&gt;&lt;img src=x onerror=alert(1)&gt;";
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("the import's result page", session(EDNA).page("/articles/" + markedUpArticle));
        pages.put("the claim page", session(RITA).page("/claims/" + markedUpFromArticle));
        pages.put("the public fact-check page", given().get("/fact-checks/" + markedUpFromArticle).then().statusCode(200)
                .extract().asString());
        pages.forEach((page, html) -> {
            assertNoLiveMarkup(page, html);
            assertThat(html).as(page).contains(title, publisher);
        });
        assertThat(pages.get("the import's result page")).contains("<h1>" + title + "</h1>", "&lt;script&gt;alert(1)&lt;/script&gt;,");
        assertThat(pages.get("the public fact-check page")).contains("It appeared in “" + title + "” (" + publisher + ")")
                .contains("\"headline\":\"Article \\u003cscript>alert(1)\\u003c/script>\"");

        String imported = session(EDNA).page("/articles/" + markedUpPageArticle);
        assertNoLiveMarkup("the result page of the import form", imported);
        assertThat(imported).contains("<h1>Paged &lt;script&gt;alert(1)&lt;/script&gt;</h1>",
                "placeholder=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\"");

        // A refused import brings the typed title and publisher back into the form, as text.
        Response refused = session(EDNA).submitMultipart("/articles/new", "/articles", Map.of("title", SCRIPT,
                "publisher", ATTRIBUTE_BREAK, "publishedOn", "not a date", "text", "Prices rose."));
        assertThat(refused.statusCode()).isEqualTo(303);
        String form = session(EDNA).page("/articles/new");
        assertNoLiveMarkup("the import form after a refusal", form);
        assertThat(form).contains("value=\"&lt;script&gt;alert(1)&lt;/script&gt;\"",
                "value=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\"", "id=\"publishedOn-error\"");
    }

    @Order(6)
    @Test
    void sqlInASearchIsJustText() {
        JsonPath page = Desk.as(EDNA).queryParam("q", SQL).queryParam("limit", 200).get(Desk.CLAIMS)
                .then().statusCode(200).extract().jsonPath();
        List<String> texts = page.getList("items.text", String.class);
        // Searched as words (best match first), never run as SQL: the claim that holds it comes first.
        assertThat(texts).isNotEmpty();
        assertThat(texts.get(0)).contains(SQL);
        Desk.as(EDNA).queryParam("assignee", SQL).get(Desk.CLAIMS).then().statusCode(200).body("items.size()",
                org.hamcrest.Matchers.equalTo(0));
    }

    @Order(7)
    @Test
    void aStolenCookieAfterSignOutAndForgedSessionsOpenNothing() {
        PageSession victim = PageSession.signIn(Desk.REMY, Desk.DEMO_PASSWORD);
        PageSession thief = victim.copyOfCookies();
        victim.redirectAfter("/queue", "/logout", Map.of());

        for (String path : List.of("/queue", "/my-claims", "/account", "/admin")) {
            Response stolen = thief.get(path);
            assertThat(stolen.statusCode()).as("stolen cookies on %s", path).isBetween(300, 399);
            assertThat(stolen.header("Location")).contains("/login");
        }
        Response apiWithStolen = thief.from("/queue").accept(ContentType.JSON).get(Desk.CLAIMS);
        assertThat(apiWithStolen.statusCode()).isIn(302, 401);

        String credential = DeskCookies.signIn(Desk.RITA, Desk.DEMO_PASSWORD).getCookie(DeskCookies.SESSION_COOKIE);
        for (String forged : List.of("", "fds_", "fds_" + "A".repeat(4000), SQL, NUL, "fds_../../etc/passwd", SCRIPT)) {
            Response answer = given().redirects().follow(false).cookie(DeskCookies.SESSION_COOKIE, credential)
                    .cookie(DeskCookies.DESK_SESSION_COOKIE, forged).get("/queue");
            assertThat(answer.statusCode()).as("desk session %s", forged.length() > 40 ? forged.substring(0, 40) : forged)
                    .isBetween(300, 499);
        }
    }

    @Order(8)
    @Test
    void anAttackerWhoKnowsAnEditorsNameCannotLockHerOut() {
        String attacker = "203.0.113.250";
        for (int i = 0; i < 5; i++) {
            given().header("X-Forwarded-For", attacker).auth().preemptive().basic(EDNA, "guess-" + i).accept(ContentType.JSON)
                    .get(Desk.CLAIMS).then().statusCode(401);
        }
        given().header("X-Forwarded-For", attacker).auth().preemptive().basic(EDNA, Desk.DEMO_PASSWORD).accept(ContentType.JSON)
                .get(Desk.CLAIMS).then().statusCode(429);

        Desk.as(EDNA).get(Desk.CLAIMS).then().statusCode(200);
        assertThat(PageSession.signIn(EDNA, Desk.DEMO_PASSWORD).get("/review").statusCode()).isEqualTo(200);
    }

    @Order(9)
    @Test
    void hostileSecurityLogQueriesAreProblemsNamingTheParameter() {
        for (Map.Entry<String, String> hostile : List.of(Map.entry("kind", SQL), Map.entry("kind", SCRIPT),
                Map.entry("before", SQL), Map.entry("before", HUGE_NUMBER), Map.entry("limit", "-1"))) {
            Response refused = Desk.as(Desk.ADA).queryParam(hostile.getKey(), hostile.getValue()).get("/api/v1/security-log");
            assertThat(refused.statusCode()).as(hostile.toString()).isEqualTo(400);
            assertThat(refused.contentType()).startsWith(Desk.PROBLEM_JSON);
            assertThat(refused.asString()).doesNotContain(SCRIPT);
        }
    }

    private static void assertNoLiveMarkup(String where, String html) {
        assertThat(html).as(where).doesNotContain(SCRIPT, RAW_IMG, "<b>");
        assertThat(html.split("<script", -1).length - 1).as("script elements on %s", where)
                .isEqualTo(countOf(html, "<script src=") + countOf(html, "<script type=\"application/"));
    }

    private static int countOf(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    // ---- how a case is sent ----

    /** One hostile request and the answers a careful server may give; {@code field} is the field it must name. */
    record Hostile(String name, Supplier<Response> send, List<Integer> statuses, String field) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Hostile api(String name, int status, Supplier<Response> send) {
        return new Hostile(name, send, List.of(status), null);
    }

    private static Hostile api(String name, int status, String field, Supplier<Response> send) {
        return new Hostile(name, send, List.of(status), field);
    }

    /** A refused page form: back with an error message, or an error page. */
    private static Hostile form(String name, String user, String field, Function<PageSession, Response> send) {
        return new Hostile(name, () -> send.apply(session(user)), List.of(303, 400, 403, 404, 405, 413, 415), field);
    }

    private static Hostile signIn(String name, Function<PageSession, Response> send) {
        return new Hostile(name, () -> send.apply(null), List.of(302, 303), SIGN_IN_REFUSED);
    }

    private static Function<PageSession, Response> badPath(String page, String action, Map<String, String> fields) {
        return s -> s.from(page).urlEncodingEnabled(false).contentType("application/x-www-form-urlencoded")
                .body(formBody(withField(fields, "csrf-token", s.csrfToken(page)))).post(action);
    }

    /**
     * Sends the body's bytes exactly, whatever the content type says they are, and with no charset
     * added to the type: without one, a form is UTF-8, as browsers send it.
     */
    private static RequestSpecification asIs(RequestSpecification request) {
        return request.config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                .appendDefaultContentCharsetToContentTypeIfUndefined(false)
                .encodeContentTypeAs("application/x-www-form-urlencoded", ContentType.BINARY)
                .encodeContentTypeAs("multipart/form-data", ContentType.BINARY)
                .encodeContentTypeAs("text/plain", ContentType.BINARY)
                .encodeContentTypeAs("application/xml", ContentType.BINARY)
                .encodeContentTypeAs("text/html", ContentType.BINARY)));
    }

    /** The import form as a browser sends it, with the page's CSRF token unless the fields bring one of their own. */
    private static RequestSpecification multipart(PageSession s, Map<String, String> fields, String fileType, byte[] file) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        if (!fields.containsKey("csrf-token")) {
            parts.put("csrf-token", ascii(s.csrfToken("/articles/new")));
        }
        fields.forEach((name, value) -> parts.put(name, value.getBytes(StandardCharsets.UTF_8)));
        return multipartBody(s.from("/articles/new"), parts, fileType, file);
    }

    /** A multipart body byte for byte, its length declared as browsers declare it; {@code file} goes last, as "file". */
    private static RequestSpecification multipartBody(RequestSpecification request, Map<String, byte[]> fields, String fileType,
            byte[] file) {
        String boundary = "hostile-boundary";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> {
            body.writeBytes(ascii("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"));
            body.writeBytes(value);
            body.writeBytes(ascii("\r\n"));
        });
        if (file != null) {
            body.writeBytes(ascii("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"article.html\"\r\n"
                    + "Content-Type: " + fileType + "\r\n\r\n"));
            body.writeBytes(file);
            body.writeBytes(ascii("\r\n"));
        }
        body.writeBytes(ascii("--" + boundary + "--\r\n"));
        return asIs(request).contentType("multipart/form-data; boundary=" + boundary).body(body.toByteArray());
    }

    private static Supplier<Response> htmlArticle(String contentType, byte[] page, Map<String, String> query) {
        return () -> asIs(given()).auth().preemptive().basic(RITA, Desk.passwordOf(RITA)).accept(ContentType.JSON)
                .contentType(contentType).queryParams(query).body(page).post("/api/v1/articles");
    }

    private static PageSession session(String user) {
        return SESSIONS.computeIfAbsent(user, PageSession::signIn);
    }

    /** Someone other than the user, whose page tokens are not the user's. */
    private static String someoneOtherThan(String user) {
        return "remy".equals(user) ? RITA : "remy";
    }

    private static Supplier<Response> raw(String user, Method method, Supplier<String> path, String contentType, String body) {
        return raw(user, method, path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    private static Supplier<Response> raw(String user, Method method, Supplier<String> path, String contentType, byte[] body) {
        return () -> asIs(given()).auth().preemptive().basic(user, Desk.passwordOf(user)).accept(ContentType.JSON)
                .contentType(contentType).body(body).request(method, path.get());
    }

    private static Supplier<Response> move(String user, Supplier<Long> claim, String body) {
        return () -> raw(user, Method.POST, () -> Desk.CLAIMS + "/" + claim.get() + "/transitions", "application/json", body).get();
    }

    private static Supplier<Response> pathCall(String user, Method method, String path) {
        return () -> given().urlEncodingEnabled(false).auth().preemptive().basic(user, Desk.passwordOf(user))
                .accept(ContentType.JSON).request(method, path);
    }

    private static Supplier<Response> pathBody(String user, Method method, String path, String body) {
        return () -> given().urlEncodingEnabled(false).auth().preemptive().basic(user, Desk.passwordOf(user))
                .accept(ContentType.JSON).contentType(ContentType.JSON).body(body).request(method, path);
    }

    // ---- bodies ----

    private static byte[] fiveMegabyteJson;

    private static synchronized byte[] fiveMegabyteJson() {
        if (fiveMegabyteJson == null) {
            fiveMegabyteJson = ("{\"text\":\"" + "a".repeat(FIVE_MB) + "\",\"claimant\":\"x\",\"name\":\"n\"}")
                    .getBytes(StandardCharsets.UTF_8);
        }
        return fiveMegabyteJson;
    }

    private static byte[] invalidUtf8Json() {
        return concat("{\"text\":\"".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xc0, (byte) 0xaf},
                "\",\"claimant\":\"x\",\"name\":\"n\",\"url\":\"https://x.example/\"}".getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] invalidUtf8Form(Map<String, String> fields, String token) {
        StringBuilder ascii = new StringBuilder("csrf-token=" + token);
        fields.forEach((name, value) -> ascii.append('&').append(name).append('='));
        return concat(ascii.toString().getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xc3});
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static String claimJson(String field, String value) {
        Map<String, String> claim = new LinkedHashMap<>(Map.of("text", "A claim", "claimant", "Someone"));
        claim.put(field, value);
        return jsonOf(claim);
    }

    private static String sourceJson(String field, String value) {
        Map<String, String> source = new LinkedHashMap<>(Map.of("url", "https://example.org/a", "title", "A title",
                "stance", "refutes"));
        source.put(field, value);
        return jsonOf(source);
    }

    private static String verdictJson(String field, String value) {
        Map<String, String> verdict = new LinkedHashMap<>(Map.of("rating", "False", "summary", "A summary"));
        verdict.put(field, value);
        return jsonOf(verdict);
    }

    private static String tokenJson(String field, String value) {
        Map<String, Object> token = new LinkedHashMap<>(Map.of("name", "n", "scopes", List.of("read"),
                "expiresAt", LocalDate.now().plusDays(10).toString()));
        token.put(field, value);
        return jsonOf(token);
    }

    private static String webhookJson(String field, String value) {
        Map<String, Object> webhook = new LinkedHashMap<>(Map.of("url", "https://receiver.example/", "events", List.of("*")));
        webhook.put(field, value);
        return jsonOf(webhook);
    }

    private static String articleJson(String field, String value) {
        Map<String, String> article = new LinkedHashMap<>(Map.of("title", "An article", "text", "Prices rose 5 percent in 2020."));
        article.put(field, value);
        return jsonOf(article);
    }

    /** The JSON with its value "x" replaced by text that holds a NUL, as JSON spells it. */
    private static String withNul(String json) {
        return json.replace("\"x\"", "\"a" + NUL_IN_JSON + "b\"");
    }

    private static String action(String action) {
        return "{\"action\":\"" + escapeJson(action) + "\"}";
    }

    private static String jsonOf(Map<String, ?> map) {
        return map.entrySet().stream().map(e -> "\"" + escapeJson(e.getKey()) + "\":" + jsonValue(e.getValue()))
                .collect(Collectors.joining(",", "{", "}"));
    }

    private static String jsonValue(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(HostileInputTest::jsonValue).collect(Collectors.joining(",", "[", "]"));
        }
        return "\"" + escapeJson(String.valueOf(value)) + "\"";
    }

    private static String escapeJson(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static Map<String, String> withField(Map<String, String> fields, String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(fields);
        copy.put(name, value);
        return copy;
    }

    private static Map<String, String> person(String username, String displayName, String role, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("displayName", displayName);
        form.put("role", role);
        form.put("password", password);
        return form;
    }

    private static Map<String, String> manyFields() {
        Map<String, String> form = new LinkedHashMap<>(Map.of("url", "https://example.org/x", "title", "t", "stance", SCRIPT));
        for (int i = 0; i < 300; i++) {
            form.put("extra" + i, "x".repeat(2000));
        }
        return form;
    }

    private static String formBody(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
    }

    private static String enc(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String labelNameOf(long id) {
        return QuarkusTransaction.requiringNew().call(() -> RatingLabel.<RatingLabel>findById(id).name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> flashOf(Response answer) {
        String value = answer.getCookie(FLASH);
        if (value == null || value.isBlank()) {
            return null;
        }
        return new JsonPath(new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8)).getMap("$");
    }

    // ---- what must not change ----

    /** The desk's data that a refused request must leave exactly as it was. */
    record Snapshot(int claims, long lastEvent, long people, List<String> labels, long tokens, long revokedTokens,
            long activeWebhooks, long sources, long articles, String heldDraft, List<Desk.Snapshot> claimStates) {

        static Snapshot take() {
            int claims = 0;
            for (String state : List.of("NEW", "READY", "IN_RESEARCH", "IN_REVIEW", "PUBLISHED", "DISMISSED")) {
                claims += Desk.countInState(state);
            }
            long lastEvent = Desk.lastSeq();
            List<Desk.Snapshot> claimStates = Stream.of(fresh, held, inReview, published).map(Desk::snapshot).toList();
            int claimsCounted = claims;
            return QuarkusTransaction.requiringNew().call(() -> new Snapshot(claimsCounted, lastEvent, Person.count(),
                    RatingLabel.<RatingLabel>listAll().stream().map(l -> l.id + ":" + l.name + ":" + l.definition + ":" + l.active)
                            .sorted().toList(),
                    ApiToken.count(), ApiToken.count("revokedAt is not null"), Webhook.count("active", true), Source.count(),
                    Article.count(),
                    Verdict.<Verdict>list("claim.id = ?1 and author.username = ?2", held, RITA).stream()
                            .map(v -> v.rating.name + "|" + v.summary + "|" + v.explanation + "|" + v.updatedAt)
                            .findFirst().orElse(""),
                    claimStates));
        }
    }
}
