package fr.recueil.export.api;

import fr.recueil.campaign.Campaign;
import fr.recueil.export.ExportService;
import fr.recueil.export.ReportExport;
import fr.recueil.organisation.Role;
import fr.recueil.organisation.UserAccount;
import fr.recueil.organisation.UserDraft;
import fr.recueil.organisation.UserService;
import fr.recueil.security.ApiTokenService;
import fr.recueil.security.LoginThrottle;
import fr.recueil.testing.Actors;
import fr.recueil.testing.ApprovedReports;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The automation endpoint through a real HTTP server: what a script with curl would get. Campaign
 * years 2087-2088 (a campaign year must lie within 2000-2100).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportEndpointTest {

    static final int COMPLETE = 2087;
    static final int PARTIAL = 2088;
    static final int LEFT_OUT = 3;
    static final String PASSWORD = "recueil-demo";
    /** Accounts made for this test, so that locking or demoting them disturbs no other test. */
    static final String SCRIPT = "api.script";
    static final String LOCKED = "api.verrou";

    @LocalServerPort
    int port;
    @Autowired
    ApprovedReports reports;
    @Autowired
    ExportService exports;
    @Autowired
    ApiTokenService tokens;
    @Autowired
    UserService users;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    Actors actors;
    @Autowired
    JdbcClient jdbc;

    final HttpClient http = HttpClient.newHttpClient();
    Campaign complete;

    @BeforeAll
    void createCampaignsAndAccounts() {
        dropAccounts();
        complete = reports.complete(COMPLETE, 0);
        reports.complete(PARTIAL, LEFT_OUT);
        actors.as("admin", () -> {
            users.create(new UserDraft(SCRIPT, "Script de publication", "script@departement.example",
                    Set.of(Role.COMMUNICATION), Set.of()), PASSWORD);
            users.create(new UserDraft(LOCKED, "Compte à verrouiller", "verrou@departement.example",
                    Set.of(Role.COMMUNICATION), Set.of()), PASSWORD);
        });
    }

    @AfterAll
    void deleteCampaignsAndAccounts() {
        reports.delete(COMPLETE);
        reports.delete(PARTIAL);
        dropAccounts();
    }

    @Test
    void the_communication_team_downloads_the_final_html_report_with_its_password() throws Exception {
        HttpResponse<byte[]> response = get("/api/campaigns/" + COMPLETE + "/report.html", basic("communication"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "Content-Type")).isEqualTo("text/html;charset=UTF-8");
        assertThat(header(response, "Content-Disposition"))
                .matches("attachment; filename=\"rapport-activite-" + COMPLETE + "-\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.html\"");
        assertThat(header(response, "Cache-Control")).isEqualTo("no-store");
        assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("<html lang=\"fr\"");
    }

    @Test
    void the_pdf_and_docx_reports_come_with_their_content_types() throws Exception {
        HttpResponse<byte[]> pdf = get("/api/campaigns/" + COMPLETE + "/report.pdf", basic("communication"));
        HttpResponse<byte[]> docx = get("/api/campaigns/" + COMPLETE + "/report.docx", basic("communication"));

        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(header(pdf, "Content-Type")).isEqualTo("application/pdf");
        assertThat(new String(pdf.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(header(docx, "Content-Type"))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(new String(docx.body(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
        assertThat(header(docx, "Content-Disposition")).endsWith(".docx\"");
    }

    @Test
    void every_export_through_the_endpoint_is_kept_in_the_archive() throws Exception {
        HttpResponse<byte[]> response = get("/api/campaigns/" + COMPLETE + "/report.html", basic("admin"));

        assertThat(response.statusCode()).isEqualTo(200);
        long exportId = Long.parseLong(header(response, "X-Recueil-Export-Id"));
        ReportExport archived = actors.as("communication", () -> exports.archive(complete.getId()).stream()
                .filter(e -> e.getId() == exportId).findFirst().orElseThrow());
        // An identical export (same content, format and version) is stored once: it may be an earlier one's.
        assertThat(archived.getCreatedBy()).isIn("admin", "communication");
        assertThat(archived.isDraft()).isFalse();
        assertThat(archived.getSizeBytes()).isEqualTo(response.body().length);
        assertThat(header(response, "Content-Disposition")).contains(archived.getFileName());
    }

    @Test
    void a_draft_of_an_incomplete_campaign_is_exported_on_demand() throws Exception {
        HttpResponse<byte[]> response = get("/api/campaigns/" + PARTIAL + "/report.html?draft=true", basic("communication"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(header(response, "Content-Disposition")).contains("rapport-activite-" + PARTIAL + "-projet-");
    }

    @Test
    void the_final_report_of_an_incomplete_campaign_is_refused_with_the_way_to_get_a_draft() throws Exception {
        HttpResponse<String> response = getText("/api/campaigns/" + PARTIAL + "/report.html", basic("communication"));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(header(response, "Content-Type")).startsWith("application/problem+json");
        assertThat(response.body())
                .contains(LEFT_OUT + " sur ")
                .contains("ne le sont pas encore")
                .contains("?draft=true")
                .contains("/api/campaigns/" + PARTIAL + "/report.html?draft=true");
    }

    @Test
    void reviewers_and_contributors_are_refused() throws Exception {
        for (String login : new String[]{"relecteur.demo", "contributeur.dasipe"}) {
            HttpResponse<String> response = getText("/api/campaigns/" + COMPLETE + "/report.pdf", basic(login));

            assertThat(response.statusCode()).as(login).isEqualTo(403);
            assertThat(header(response, "Content-Type")).startsWith("application/problem+json");
            assertThat(response.body()).contains("réservé aux rôles Communication et Administrateur");
        }
    }

    @Test
    void without_credentials_the_answer_is_a_basic_challenge_not_the_login_page() throws Exception {
        HttpResponse<String> response = getText("/api/campaigns/" + COMPLETE + "/report.pdf");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().allValues("WWW-Authenticate")).anyMatch(v -> v.startsWith("Basic realm=\"Recueil\""));
        assertThat(response.headers().firstValue("Location")).isEmpty();
        assertThat(header(response, "Content-Type")).startsWith("application/problem+json");
        assertThat(response.body()).contains("Authentifiez-vous").doesNotContain("<html");
    }

    @Test
    void wrong_passwords_hold_back_the_endpoint_after_as_many_failures_as_the_login_page_without_locking_the_login_page()
            throws Exception {
        for (int i = 0; i < 5; i++) {
            HttpResponse<String> response = getText("/api/campaigns/" + COMPLETE + "/report.html",
                    "Basic " + base64(LOCKED + ":mauvais-mot-de-passe"));
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
        }

        HttpResponse<String> rightPassword = getText("/api/campaigns/" + COMPLETE + "/report.html", basic(LOCKED));
        assertThat(rightPassword.statusCode()).isEqualTo(401);
        assertThat(rightPassword.body()).contains("Connexions suspendues");
        // The interactive login is counted apart: a script's failures never lock its owner out of the app.
        assertThat(throttle.refusal(LOCKED, "127.0.0.1", LoginThrottle.Channel.UI)).isEmpty();
        assertThat(throttle.refusal(LOCKED, "127.0.0.1", LoginThrottle.Channel.API)).isPresent();
    }

    @Test
    void a_personal_token_opens_the_endpoint_and_is_marked_used() throws Exception {
        String token = actors.as(SCRIPT, () -> tokens.generate("publication").secret());

        HttpResponse<byte[]> response = get("/api/campaigns/" + COMPLETE + "/report.html", "Bearer " + token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("<html lang=\"fr\"");
        assertThat(actors.as(SCRIPT, () -> tokens.myTokens()).getFirst().getLastUsedAt()).isNotNull();
    }

    @Test
    void a_revoked_or_unknown_token_is_refused_as_unauthenticated() throws Exception {
        var issued = actors.as(SCRIPT, () -> tokens.generate("ancien script"));
        actors.as(SCRIPT, () -> tokens.revoke(issued.token().getId()));

        HttpResponse<String> revoked = getText("/api/campaigns/" + COMPLETE + "/report.html", "Bearer " + issued.secret());
        HttpResponse<String> unknown = getText("/api/campaigns/" + COMPLETE + "/report.html",
                "Bearer rcl_" + "A".repeat(43));

        assertThat(revoked.statusCode()).isEqualTo(401);
        assertThat(revoked.headers().allValues("WWW-Authenticate")).anyMatch(v -> v.startsWith("Basic realm=\"Recueil\""));
        assertThat(unknown.statusCode()).isEqualTo(401);
    }

    @Test
    void the_token_of_a_user_who_lost_the_communication_role_or_was_deactivated_is_forbidden() throws Exception {
        String demoted = actors.as(SCRIPT, () -> tokens.generate("avant changement de rôle").secret());
        UserAccount script = users.findForAuthentication(SCRIPT).orElseThrow();
        actors.as("admin", () -> users.update(script.getId(), new UserDraft(SCRIPT, script.getDisplayName(),
                script.getEmail(), Set.of(Role.REVIEWER), Set.of()), script.getVersion()));
        try {
            assertThat(getText("/api/campaigns/" + COMPLETE + "/report.html", "Bearer " + demoted).statusCode())
                    .isEqualTo(403);

            actors.as("admin", () -> users.setActive(script.getId(), false));
            HttpResponse<String> deactivated = getText("/api/campaigns/" + COMPLETE + "/report.html", "Bearer " + demoted);
            assertThat(deactivated.statusCode()).isEqualTo(403);
            assertThat(deactivated.body()).contains("désactivé");
        } finally {
            UserAccount now = users.findForAuthentication(SCRIPT).orElseThrow();
            actors.as("admin", () -> {
                users.setActive(now.getId(), true);
                users.update(now.getId(), new UserDraft(SCRIPT, now.getDisplayName(), now.getEmail(),
                        Set.of(Role.COMMUNICATION), Set.of()), users.findForAuthentication(SCRIPT).orElseThrow().getVersion());
            });
        }
    }

    @Test
    void an_unknown_year_is_not_found() throws Exception {
        HttpResponse<String> response = getText("/api/campaigns/1999/report.pdf", basic("communication"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(header(response, "Content-Type")).startsWith("application/problem+json");
        assertThat(response.body()).contains("Aucune campagne pour l'année 1999.");
    }

    @Test
    void an_unknown_format_or_address_is_not_found() throws Exception {
        HttpResponse<String> exe = getText("/api/campaigns/2024/report.exe", basic("communication"));
        HttpResponse<String> elsewhere = getText("/api/campagnes", basic("communication"));

        assertThat(exe.statusCode()).isEqualTo(404);
        assertThat(exe.body()).contains("Format « exe » inconnu");
        assertThat(elsewhere.statusCode()).isEqualTo(404);
        assertThat(header(elsewhere, "Content-Type")).startsWith("application/problem+json");
    }

    private HttpResponse<byte[]> get(String path, String authorization) throws IOException, InterruptedException {
        return http.send(request(path, authorization), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> getText(String path, String authorization) throws IOException, InterruptedException {
        return http.send(request(path, authorization), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> getText(String path) throws IOException, InterruptedException {
        return getText(path, null);
    }

    private HttpRequest request(String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request.build();
    }

    private static String basic(String login) {
        return "Basic " + base64(login + ":" + PASSWORD);
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name).orElseThrow(() -> new AssertionError("no " + name + " header"));
    }

    private void dropAccounts() {
        jdbc.sql("delete from app_user where login in (?, ?)").params(SCRIPT, LOCKED).update();
        jdbc.sql("delete from login_failure where login = ?").param(LOCKED).update();
        jdbc.sql("delete from login_lock where login = ?").param(LOCKED).update();
    }
}
