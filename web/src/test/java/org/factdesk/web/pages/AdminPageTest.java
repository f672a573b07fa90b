package org.factdesk.web.pages;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.factdesk.web.support.Desk.ADA;
import static org.factdesk.web.support.Desk.EDNA;
import static org.factdesk.web.support.Desk.RITA;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.factdesk.core.people.Person;
import org.factdesk.core.verdict.RatingLabel;
import org.factdesk.web.support.Desk;
import org.factdesk.web.support.PageSession;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AdminPageTest {

    private static final String GOOD_PASSWORD = "correct horse battery";

    // ---- who may administer ----

    @Test
    void anEditorAndAReviewerAreRefusedTheAdminPage() {
        assertThat(PageSession.signIn(EDNA).get("/admin").statusCode()).isEqualTo(403);
        assertThat(PageSession.signIn(RITA).get("/admin").statusCode()).isEqualTo(403);
    }

    @Test
    void anEditorCannotAddAPersonByPostingTheForm() {
        String username = uniqueUsername();

        Response refused = PageSession.signIn(EDNA).submit("/dashboard", "/admin/people",
                personForm(username, "Not Added", "admin", GOOD_PASSWORD));

        assertThat(refused.statusCode()).isNotEqualTo(200);
        assertThat(personNamed(username)).isEmpty();
    }

    @Test
    void anAdminSeesEveryPersonAndTheWholeRatingScale() {
        String page = PageSession.signIn(ADA).page("/admin");

        assertThat(page).contains("<td>rita</td>", "<td>Rita Alves</td>", "<td>ada</td>", "<td>Mostly true</td>",
                "<label for=\"field-password\">", "<label for=\"field-definition\">");
    }

    // ---- people ----

    @Test
    void aPersonAnAdminAddsCanSignIn() {
        PageSession ada = PageSession.signIn(ADA);
        String username = uniqueUsername();

        assertThat(ada.redirectAfter("/admin", "/admin/people", personForm(username, "New Colleague", "reviewer", GOOD_PASSWORD)))
                .isEqualTo("/admin");

        assertThat(ada.page("/admin")).contains("New Colleague can now sign in as " + username + " (reviewer).");
        assertThat(PageSession.signIn(username, GOOD_PASSWORD).page("/dashboard")).contains("New Colleague");
        given().auth().preemptive().basic(username, GOOD_PASSWORD).get(Desk.CLAIMS).then().statusCode(200);
    }

    @Test
    void aTooShortPasswordComesBackNextToThePasswordFieldWithTheUsernameKept() {
        PageSession ada = PageSession.signIn(ADA);
        String username = uniqueUsername();

        Response refused = ada.submit("/admin", "/admin/people", personForm(username, "Short Password", "editor", "nine-char"));

        assertThat(refused.statusCode()).isEqualTo(303);
        assertThat(URI.create(refused.header("Location")).getPath()).isEqualTo("/admin");
        String page = ada.page("/admin");
        assertThat(fieldWithError(page, "password")).contains("at least 10 characters");
        assertThat(page).containsPattern("id=\"field-username\"[^>]*value=\"" + username + "\"")
                .containsPattern("<option value=\"editor\" selected>")
                .doesNotContain("nine-char");
        assertThat(personNamed(username)).isEmpty();
    }

    @Test
    void theTypedPasswordIsNeverSentBackInTheFlash() {
        Response refused = PageSession.signIn(ADA).submit("/admin", "/admin/people",
                personForm("Not A Valid Username", "Someone", "reviewer", "secret-typed-password"));

        String flash = new String(Base64.getUrlDecoder().decode(refused.getCookie(PageSession.FLASH_COOKIE)),
                StandardCharsets.UTF_8);
        assertThat(flash).contains("Not A Valid Username").doesNotContain("secret-typed-password");
    }

    @Test
    void aTakenUsernameIsRefusedNextToTheUsernameField() {
        PageSession ada = PageSession.signIn(ADA);

        assertThat(ada.redirectAfter("/admin", "/admin/people", personForm(RITA, "Another Rita", "reviewer", GOOD_PASSWORD)))
                .isEqualTo("/admin");

        assertThat(fieldWithError(ada.page("/admin"), "username")).contains("already called \"rita\"");
        assertThat(personNamed(RITA).orElseThrow().displayName).isEqualTo("Rita Alves");
    }

    @Test
    void anUnknownRoleIsRefusedNextToTheRoleField() {
        PageSession ada = PageSession.signIn(ADA);
        String username = uniqueUsername();

        ada.submit("/admin", "/admin/people", personForm(username, "Owner", "owner", GOOD_PASSWORD));

        assertThat(fieldWithError(ada.page("/admin"), "role")).contains("\"owner\" is not a role");
        assertThat(personNamed(username)).isEmpty();
    }

    @Test
    void aDeactivatedPersonCannotSignInUntilReactivated() {
        PageSession ada = PageSession.signIn(ADA);
        String username = uniqueUsername();
        ada.submit("/admin", "/admin/people", personForm(username, "Soon Gone", "reviewer", GOOD_PASSWORD));
        PageSession theirBrowser = PageSession.signIn(username, GOOD_PASSWORD);
        long id = personNamed(username).orElseThrow().id;

        assertThat(ada.redirectAfter("/admin", "/admin/people/" + id + "/deactivate", Map.of("back", "/admin")))
                .isEqualTo("/admin");

        assertThat(ada.page("/admin")).contains(username + " is deactivated");
        given().auth().preemptive().basic(username, GOOD_PASSWORD).get(Desk.CLAIMS).then().statusCode(401);
        assertThat(PageSession.signInAttempt(username, GOOD_PASSWORD).header("Location")).contains("error=true");
        Response stale = theirBrowser.get("/dashboard");
        assertThat(stale.statusCode()).isBetween(300, 399);
        assertThat(URI.create(stale.header("Location")).getPath()).isEqualTo("/login");

        ada.submit("/admin", "/admin/people/" + id + "/reactivate", Map.of("back", "/admin"));

        given().auth().preemptive().basic(username, GOOD_PASSWORD).get(Desk.CLAIMS).then().statusCode(200);
    }

    @Test
    void anAdminCannotDeactivateThemselves() {
        PageSession ada = PageSession.signIn(ADA);
        long id = personNamed(ADA).orElseThrow().id;

        assertThat(ada.redirectAfter("/admin", "/admin/people/" + id + "/deactivate", Map.of("back", "/admin")))
                .isEqualTo("/admin");

        assertThat(ada.page("/admin")).contains("You cannot deactivate yourself");
        assertThat(personNamed(ADA).orElseThrow().active).isTrue();
    }

    @Test
    void aNewRoleTakesEffectAtOnce() {
        PageSession ada = PageSession.signIn(ADA);
        String username = uniqueUsername();
        ada.submit("/admin", "/admin/people", personForm(username, "Promoted Soon", "reviewer", GOOD_PASSWORD));
        String editorsOnly = "/api/v1/statistics/double-review-agreement";
        given().auth().preemptive().basic(username, GOOD_PASSWORD).get(editorsOnly).then().statusCode(403);

        ada.submit("/admin", "/admin/people/" + personNamed(username).orElseThrow().id + "/role",
                Map.of("role", "editor", "back", "/admin"));

        assertThat(ada.page("/admin")).contains(username + " is now editor.");
        given().auth().preemptive().basic(username, GOOD_PASSWORD).get(editorsOnly).then().statusCode(200);
    }

    // ---- the rating scale ----

    @Test
    void anAddedLabelCanBeChosenAndARetiredOneCannot() {
        PageSession ada = PageSession.signIn(ADA);
        String name = uniqueLabel("Exaggerated");
        long claim = Desk.claimHeldBy(RITA, "A claim rated on a changing scale");
        PageSession rita = PageSession.signIn(RITA);

        assertThat(ada.redirectAfter("/admin", "/admin/labels", labelForm(name, "", "Stretches the facts beyond what they show.")))
                .isEqualTo("/admin");

        assertThat(ada.page("/admin")).contains("&quot;" + name + "&quot; is on the rating scale.", "<td>" + name + "</td>");
        assertThat(scaleNames()).contains(name);
        assertThat(rita.page("/claims/" + claim)).contains("name=\"rating\" value=\"" + name + "\"");
        Desk.ok(Desk.draftVerdict(RITA, claim, name, "Exaggerated, the figures show."));

        ada.submit("/admin", "/admin/labels/" + labelNamed(name).id + "/retire", Map.of("back", "/admin"));

        assertThat(scaleNames()).doesNotContain(name);
        assertThat(rita.page("/claims/" + claim)).doesNotContain("name=\"rating\" value=\"" + name + "\"");
        assertThat(Desk.draftVerdict(RITA, claim, name, "Still exaggerated.").statusCode()).isEqualTo(422);

        ada.submit("/admin", "/admin/labels/" + labelNamed(name).id + "/restore", Map.of("back", "/admin"));

        assertThat(scaleNames()).contains(name);
    }

    @Test
    void aNumberOutsideOneToFiveIsRefusedWithTheNameKept() {
        PageSession ada = PageSession.signIn(ADA);
        String name = uniqueLabel("Too high");

        ada.submit("/admin", "/admin/labels", labelForm(name, "6", "Above the top of the scale."));

        String page = ada.page("/admin");
        assertThat(fieldWithError(page, "ratingValue")).contains("from 1 (false) to 5 (true)");
        assertThat(page).containsPattern("id=\"field-name\"[^>]*value=\"" + Pattern.quote(name) + "\"");
        assertThat(QuarkusTransaction.requiringNew().call(() -> RatingLabel.findByName(name))).isEmpty();
    }

    @Test
    void aNumberThatIsNotANumberIsRefused() {
        PageSession ada = PageSession.signIn(ADA);

        ada.submit("/admin", "/admin/labels", labelForm(uniqueLabel("Wordy"), "four", "A number written out."));

        assertThat(fieldWithError(ada.page("/admin"), "ratingValue")).contains("whole number");
    }

    @Test
    void aLabelNameAlreadyOnTheScaleIsRefusedWhateverItsCase() {
        PageSession ada = PageSession.signIn(ADA);

        ada.submit("/admin", "/admin/labels", labelForm("mostly TRUE", "4", "A second mostly true."));

        assertThat(fieldWithError(ada.page("/admin"), "name")).contains("\"Mostly true\" is already on the scale.");
    }

    @Test
    void aNumberedLabelShowsItsNumber() {
        PageSession ada = PageSession.signIn(ADA);
        String name = uniqueLabel("Nearly true");

        ada.submit("/admin", "/admin/labels", labelForm(name, "4", "Close to accurate."));

        assertThat(labelNamed(name).ratingValue).isEqualTo(4);
        assertThat(ada.page("/admin")).containsPattern("<td>" + Pattern.quote(name) + "</td>\\s*<td>4</td>");
    }

    @Test
    void anAdminRewordsADefinitionOnTheLabelsOwnPage() {
        PageSession ada = PageSession.signIn(ADA);
        String name = uniqueLabel("Reworded");
        ada.submit("/admin", "/admin/labels", labelForm(name, "", "The first wording."));
        long id = labelNamed(name).id;
        assertThat(ada.page("/admin/labels/" + id)).contains(">The first wording.</textarea>");

        assertThat(ada.redirectAfter("/admin/labels/" + id, "/admin/labels/" + id + "/definition",
                Map.of("definition", "The second wording.", "back", "/admin/labels/" + id))).isEqualTo("/admin");

        assertThat(ada.page("/admin")).contains("<td>The second wording.</td>");
        assertThat(labelNamed(name).definition).isEqualTo("The second wording.");
    }

    @Test
    void anEmptyDefinitionComesBackToTheLabelsPage() {
        PageSession ada = PageSession.signIn(ADA);
        String name = uniqueLabel("Kept");
        ada.submit("/admin", "/admin/labels", labelForm(name, "", "Stays as it was."));
        long id = labelNamed(name).id;

        assertThat(ada.redirectAfter("/admin/labels/" + id, "/admin/labels/" + id + "/definition",
                Map.of("definition", "  ", "back", "/admin/labels/" + id))).isEqualTo("/admin/labels/" + id);

        assertThat(fieldWithError(ada.page("/admin/labels/" + id), "definition")).contains("Say what the label means");
        assertThat(labelNamed(name).definition).isEqualTo("Stays as it was.");
    }

    @Test
    void retiringALabelLeavesPublishedFactChecksAsReadersSawThem() {
        PageSession ada = PageSession.signIn(ADA);
        String name = uniqueLabel("Published then retired");
        ada.submit("/admin", "/admin/labels", labelForm(name, "", "Used on a published fact-check."));
        long claim = Desk.claimInReview(RITA, "A claim published before its label is retired", name);
        Desk.ok(Desk.act(EDNA, claim, "approve"));

        ada.submit("/admin", "/admin/labels/" + labelNamed(name).id + "/retire", Map.of("back", "/admin"));

        Map<String, Object> factCheck = Desk.factCheckOf(claim);
        assertThat(factCheck).isNotNull();
        assertThat(factCheck.get("reviewRating")).asString().contains(name);
        assertThat(given().get("/fact-checks/" + claim).then().statusCode(200).extract().asString()).contains(name);
    }

    // ---- helpers ----

    private static String uniqueUsername() {
        return "p" + Long.toString(System.nanoTime(), 36);
    }

    private static String uniqueLabel(String about) {
        return about + " " + Long.toString(System.nanoTime(), 36);
    }

    private static Map<String, String> personForm(String username, String displayName, String role, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("displayName", displayName);
        form.put("role", role);
        form.put("password", password);
        form.put("back", "/admin");
        return form;
    }

    private static Map<String, String> labelForm(String name, String ratingValue, String definition) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("name", name);
        form.put("ratingValue", ratingValue);
        form.put("definition", definition);
        form.put("back", "/admin");
        return form;
    }

    /**
     * The error message shown right after a field, failing when the field is not marked invalid or
     * the message is not tied to it: that is what a screen reader announces with the field.
     */
    private static String fieldWithError(String page, String field) {
        int at = page.indexOf("id=\"field-" + field + "\"");
        assertThat(at).as("field %s", field).isNotNegative();
        String rest = page.substring(at);
        assertThat(rest.substring(0, rest.indexOf('>'))).contains("aria-invalid=\"true\"").contains(field + "-error");
        var error = Pattern.compile("<p class=\"field-error\" id=\"" + field + "-error\">(.*?)</p>").matcher(rest);
        assertThat(error.find()).as("an error next to %s", field).isTrue();
        assertThat(rest.substring(0, error.start())).as("nothing but the field between it and its error")
                .doesNotContain("<label");
        return error.group(1).replace("&quot;", "\"");
    }

    private static Optional<Person> personNamed(String username) {
        return QuarkusTransaction.requiringNew().call(() -> Person.findByUsername(username));
    }

    private static RatingLabel labelNamed(String name) {
        return QuarkusTransaction.requiringNew().call(() -> RatingLabel.findByName(name)).orElseThrow();
    }

    private static List<String> scaleNames() {
        return QuarkusTransaction.requiringNew().call(() -> RatingLabel.scale().stream().map(r -> r.name).toList());
    }
}
