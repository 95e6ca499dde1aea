package fr.recueil.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headers and the login's CSRF check, through a real HTTP server, as a browser or an attacker's page meets
 * them. (That the login page's own form carries the token is proved by every browser test, which logs in
 * through it.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WebHardeningTest {

    @LocalServerPort
    int port;

    @Test
    void the_login_page_and_the_api_carry_the_content_security_policy_and_the_protective_headers() throws Exception {
        for (String path : new String[]{"/login", "/api/campaigns/2024/report.pdf", "/styles/recueil.css", "/nulle-part"}) {
            HttpResponse<String> response = client().send(get(path).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("frame-ancestors 'none'", "object-src 'none'",
                            "default-src 'self'"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
            assertThat(response.headers().firstValue("Referrer-Policy")).as(path).contains("same-origin");
            assertThat(response.headers().firstValue("Strict-Transport-Security")).as(path).isEmpty();
        }
    }

    @Test
    void behind_a_tls_proxy_the_session_cookie_is_secure_and_hsts_is_sent() throws Exception {
        HttpResponse<String> response = client().send(get("/login").header("X-Forwarded-Proto", "https").build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.headers().firstValue("Strict-Transport-Security")).hasValueSatisfying(
                hsts -> assertThat(hsts).startsWith("max-age="));
        assertThat(response.headers().allValues("Set-Cookie")).anySatisfy(cookie ->
                assertThat(cookie).startsWith("JSESSIONID=").contains("Secure").contains("HttpOnly"));
    }

    @Test
    void without_the_login_pages_token_post_login_logs_nobody_in_and_sends_back_to_the_login_page() throws Exception {
        HttpClient browser = client();
        browser.send(get("/login").build(), HttpResponse.BodyHandlers.ofString());

        HttpResponse<String> forged = browser.send(postLogin(null), HttpResponse.BodyHandlers.ofString());

        assertThat(forged.statusCode()).isEqualTo(302);
        assertThat(forged.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?expired"));
        HttpResponse<String> home = browser.send(get("/mon-compte").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/login"));
    }

    @Test
    void paths_tomcat_cannot_take_get_a_french_problem_not_tomcats_html_page() throws Exception {
        for (String path : new String[]{"/api/campaigns/2024%2Freport.pdf", "/a%00b", "/api/%2e%2e%2F%2e%2e"}) {
            HttpResponse<String> response = client().send(get(path).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isIn(404, 400);
            assertThat(response.headers().firstValue("Content-Type")).as(path)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(response.body()).as(path).doesNotContain("<html").doesNotContainIgnoringCase("tomcat");
        }
        HttpResponse<String> nul = client().send(get("/a%00b").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(nul.statusCode()).isEqualTo(404);
        assertThat(nul.body()).contains("Il n'y a rien à cette adresse.");
    }

    @Test
    void a_bad_parameter_of_the_api_is_a_400_problem_in_french() throws Exception {
        HttpResponse<String> response = client().send(get("/api/campaigns/2024/report.pdf?draft=junk")
                .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString("communication:recueil-demo".getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("Le paramètre « draft » vaut « junk » : il doit valoir true ou false.");
    }

    private HttpRequest postLogin(String token) {
        String form = "username=admin&password=recueil-demo";
        String query = token == null ? "" : "?_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login" + query))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private HttpRequest.Builder get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }
}
