package org.factdesk.web.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.web.support.Desk.EDNA;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.factdesk.web.support.Desk;
import org.factdesk.web.support.PageSession;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ArticleImportTest {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** A sentence with an accent and curly quotes, which windows-1252 writes as E9, 93 and 94. */
    private static final String CAFE_SENTENCE = "The caf\u00e9 \u201cLe Port\u201d sold 4,000 coffees in 2021, its owner said.";

    /** Bodies go out as the bytes given, with the Content-Type as written (no charset added). */
    private static RestAssuredConfig bytesAsSent() {
        return RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                .appendDefaultContentCharsetToContentTypeIfUndefined(false)
                .encodeContentTypeAs("text/html", ContentType.BINARY));
    }

    private static String seedArticle() throws IOException {
        try (InputStream in = ArticleImportTest.class.getResourceAsStream("/seeds/000_2af8102a803e2121.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void theSeedArticlesFactualSentencesComeOutOnTop() throws IOException {
        Response proposed = Desk.as(EDNA).body(Map.of("title", "Seed article again", "publisher", "Sputnik",
                "publishedAt", "2020-09-26T19:13:00Z", "text", seedArticle())).post("/api/v1/articles");

        assertThat(proposed.statusCode()).as(proposed.asString()).isEqualTo(201);
        List<Map<String, Object>> candidates = proposed.jsonPath().getList("candidates");
        List<String> topTen = candidates.subList(0, 10).stream().map(c -> (String) c.get("sentence")).toList();
        assertThat(topTen).anyMatch(s -> s.contains("ByteDance 90 days"))
                .anyMatch(s -> s.contains("blacklisted the tech giant in 2019"))
                .anyMatch(s -> s.contains("in August 2020 the US expanded restrictions"))
                .anyMatch(s -> s.contains("eight key principles"));
        assertThat(candidates).anySatisfy(c -> assertThat(c).containsEntry("claimant", "Morgan Stanley"));
        assertThat(((Number) candidates.get(0).get("score")).doubleValue())
                .isGreaterThanOrEqualTo(((Number) candidates.get(candidates.size() - 1).get("score")).doubleValue());
    }

    @Test
    void pickedSentencesBecomeNewClaimsLinkedToTheArticle() {
        String text = "Officials met on Monday. Exports of soybeans fell 40 percent in 2019, the ministry said.";
        Response proposed = Desk.as(EDNA).body(Map.of("title", "Trade report", "publisher", "Example News", "text", text))
                .post("/api/v1/articles");
        long articleId = proposed.jsonPath().getLong("id");
        Map<String, Object> best = proposed.jsonPath().getList("candidates", Map.class).get(0);
        assertThat((String) best.get("sentence")).contains("soybeans");

        Response created = Desk.as(EDNA).body(Map.of("picks", List.of(Map.of("start", best.get("start"), "end", best.get("end")))))
                .post("/api/v1/articles/" + articleId + "/claims");

        assertThat(created.statusCode()).isEqualTo(201);
        long claimId = created.jsonPath().getLong("claims[0]");
        var claim = Desk.read(EDNA, claimId);
        assertThat(claim.getString("state")).isEqualTo("NEW");
        assertThat(claim.getString("text")).isEqualTo("Exports of soybeans fell 40 percent in 2019, the ministry said.");
        assertThat(claim.getLong("article.id")).isEqualTo(articleId);
        assertThat(claim.getInt("article.start")).isEqualTo(((Number) best.get("start")).intValue());
        assertThat(claim.getString("claimant.name")).isEqualTo("Example News");
        assertThat(claim.getDouble("checkWorthiness")).isGreaterThan(0);
    }

    @Test
    void anHtmlPageIsReadWithoutItsScriptsAndNavigation() {
        String html = "<html><body><nav>Home · World</nav><article><h1>Budget</h1>"
                + "<p>The deficit reached 5.4 percent of GDP in 2020, according to the Treasury.</p></article>"
                + "<script>track()</script></body></html>";

        Response proposed = Desk.as(EDNA).contentType("text/html").queryParam("title", "Budget page").body(html)
                .post("/api/v1/articles");

        assertThat(proposed.statusCode()).isEqualTo(201);
        List<String> sentences = proposed.jsonPath().getList("candidates.sentence");
        assertThat(sentences).contains("The deficit reached 5.4 percent of GDP in 2020, according to the Treasury.")
                .noneMatch(s -> s.contains("track()") || s.contains("Home"));
        assertThat(proposed.jsonPath().getList("candidates.claimant")).contains("Treasury");
    }

    /** A news page whose story sits beside a sidebar of related links, as most news sites lay theirs out. */
    private static final String PAGE_WITH_RELATED_LINKS = """
            <!DOCTYPE html><html><head><title>Port volumes fall for a second year | Harbour Gazette</title></head><body>
            <div class="masthead"><a href="/">Harbour Gazette</a></div>
            <div class="layout">
              <div class="story">
                <h1>Port volumes fall for a second year</h1>
                <p>The port handled 1.8 million containers in 2023, down 6 percent on the year before,
                  the port authority said on Monday.</p>
                <p>Its chief executive, Dana Kerr, blamed the slowdown on weaker demand from retailers
                  and on the closure of two shipping routes to Asia in the spring.</p>
                <p>The authority expects volumes to recover in 2025, when a new deep-water berth is due
                  to open, and says it has not cut any jobs so far.</p>
                <p>Unions said 140 temporary contracts had not been renewed since January, a figure the
                  authority did not dispute.</p>
              </div>
              <div class="sidebar">
                <h2>Related</h2>
                <ul>
                  <li><a href="/news/ferry-fares/">Ferry fares rose 20 percent in 2023, operators say</a></li>
                  <li><a href="/news/dock-strike/">Dock workers vote to strike over 3 percent pay offer</a></li>
                </ul>
              </div>
            </div>
            </body></html>""";

    @Test
    void aRelatedLinksSidebarOnAnImportedPageDoesNotBecomeACandidate() {
        Response proposed = Desk.as(EDNA).contentType("text/html").queryParam("title", "Port volumes")
                .queryParam("url", "https://gazette.example/news/port-volumes/").body(PAGE_WITH_RELATED_LINKS)
                .post("/api/v1/articles");

        assertThat(proposed.statusCode()).as(proposed.asString()).isEqualTo(201);
        List<String> sentences = proposed.jsonPath().getList("candidates.sentence");
        assertThat(sentences).anyMatch(s -> s.startsWith("The port handled 1.8 million containers in 2023"))
                .noneMatch(s -> s.contains("Ferry fares rose 20 percent") || s.contains("Dock workers vote to strike"));
    }

    @Test
    void anImportedPageSentWithoutATitleKeepsItsOwn() {
        PageSession edna = PageSession.signIn(EDNA);
        Response proposed = Desk.as(EDNA).contentType("text/html").body(PAGE_WITH_RELATED_LINKS).post("/api/v1/articles");

        assertThat(proposed.statusCode()).as(proposed.asString()).isEqualTo(201);
        assertThat(edna.page("/articles/" + proposed.jsonPath().getLong("id"))).contains("<h1>Port volumes fall for a second year</h1>");
    }

    @Test
    void aLatinOnePageComesOutWithItsAccentsAndCurlyQuotes() {
        byte[] page = ("<html><body><p>" + CAFE_SENTENCE + "</p></body></html>").getBytes(WINDOWS_1252);

        Response proposed = Desk.as(EDNA).config(bytesAsSent()).contentType("text/html; charset=ISO-8859-1")
                .queryParam("title", "Latin-1 page").body(page).post("/api/v1/articles");

        assertThat(proposed.statusCode()).as(proposed.asString()).isEqualTo(201);
        assertThat(proposed.jsonPath().getList("candidates.sentence")).containsExactly(CAFE_SENTENCE);
    }

    @Test
    void aPageIsReadInTheCharsetItsMetaElementDeclares() {
        byte[] page = ("<html><head><meta charset=\"windows-1252\"></head><body><p>" + CAFE_SENTENCE + "</p></body></html>")
                .getBytes(WINDOWS_1252);

        Response proposed = Desk.as(EDNA).config(bytesAsSent()).contentType("text/html").queryParam("title", "1252 page")
                .body(page).post("/api/v1/articles");

        assertThat(proposed.statusCode()).as(proposed.asString()).isEqualTo(201);
        assertThat(proposed.jsonPath().getList("candidates.sentence")).containsExactly(CAFE_SENTENCE);
    }

    @Test
    void bytesThatAreNotTextInTheDeclaredCharsetAreRefusedNamingTheByte() {
        byte[] page = ("<html><head><meta charset=\"utf-8\"></head><body><p>" + CAFE_SENTENCE + "</p></body></html>")
                .getBytes(WINDOWS_1252);

        Response refused = Desk.as(EDNA).config(bytesAsSent()).contentType("text/html").queryParam("title", "Mislabelled page")
                .body(page).post("/api/v1/articles");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.jsonPath().getString("field")).isEqualTo("text");
        assertThat(refused.jsonPath().getString("detail")).contains("declares the charset utf-8", "byte 58 ");
    }

    @Test
    void anUploadedPageIsReadInItsCharsetAndAFileThatIsNotIsRefusedNextToTheFileField() {
        PageSession edna = PageSession.signIn(EDNA);
        byte[] page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head>"
                + "<body><p>" + CAFE_SENTENCE + "</p></body></html>").getBytes(WINDOWS_1252);

        Response imported = edna.submitMultipart("/articles/new", "/articles", Map.of("title", "Uploaded 1252 page"),
                new PageSession.Upload("file", "article.html", "text/html", page));
        assertThat(imported.statusCode()).isEqualTo(303);
        assertThat(edna.page(URI.create(imported.header("Location")).getPath())).contains(CAFE_SENTENCE);

        byte[] undeclared = ("<p>" + CAFE_SENTENCE + "</p>").getBytes(WINDOWS_1252);
        Response refused = edna.submitMultipart("/articles/new", "/articles", Map.of("title", "Uploaded page in no declared charset"),
                new PageSession.Upload("file", "article.html", "text/html", undeclared));
        assertThat(refused.statusCode()).isEqualTo(303);
        assertThat(URI.create(refused.header("Location")).getPath()).isEqualTo("/articles/new");
        assertThat(edna.page("/articles/new")).contains("id=\"file-error\"", "declares no charset",
                "value=\"Uploaded page in no declared charset\"");
    }

    @Test
    void theScoringApiRanksAFactualSentenceAboveSmallTalk() {
        Response scored = Desk.as(EDNA).body(Map.of("sentences", List.of("Thank you all for coming tonight.",
                "Unemployment fell to 3.5 percent in 2019."))).post("/api/v1/check-worthiness");

        assertThat(scored.statusCode()).isEqualTo(200);
        List<Float> scores = scored.jsonPath().getList("results.score", Float.class);
        assertThat(scores.get(1)).isGreaterThan(scores.get(0));
        assertThat(scored.jsonPath().getBoolean("results[1].checkWorthy")).isTrue();
        assertThat(scored.jsonPath().getBoolean("results[0].checkWorthy")).isFalse();
    }

    @Test
    void anArticleWithoutTextIsRefusedNamingTheField() {
        Response refused = Desk.as(EDNA).body(Map.of("title", "Empty", "text", "   ")).post("/api/v1/articles");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.jsonPath().getString("field")).isEqualTo("text");
    }

    @Test
    void theImportPageTakesAnArticleAndListsItsRankedSentences() {
        PageSession edna = PageSession.signIn(EDNA);
        String form = edna.get("/articles/new").then().statusCode(200).extract().asString();
        assertThat(form).contains("Read the article");

        Response imported = edna.submitMultipart("/articles/new", "/articles", Map.of("title", "Harbour news",
                "text", "The harbour handled 2 million containers in 2021, the port authority said. Gulls were loud."));

        assertThat(imported.statusCode()).isEqualTo(303);
        String page = edna.page(URI.create(imported.header("Location")).getPath());
        assertThat(page).contains("2 million containers").contains("port authority");
        assertThat(page.indexOf("2 million containers")).isLessThan(page.indexOf("Gulls were loud"));
    }
}
