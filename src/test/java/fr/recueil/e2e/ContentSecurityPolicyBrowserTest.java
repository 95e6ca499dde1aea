package fr.recueil.e2e;

import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Content-Security-Policy lets Vaadin work: every page, opened by a role that may see it, reports
 * no violation, neither to the page's {@code securitypolicyviolation} listeners nor in the console.
 */
class ContentSecurityPolicyBrowserTest extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    private final List<String> violations = new ArrayList<>();

    @Test
    void no_page_reports_a_content_security_policy_violation() {
        long campaign = jdbc.sql("select id from campaign where year = 2024").query(Long.class).single();
        long dasipeChapter = jdbc.sql("""
                select c.id from chapter c join direction d on d.id = c.direction_id
                where c.campaign_id = ? and d.acronym = 'DASIPE'""").param(campaign).query(Long.class).single();
        long approvedChapter = jdbc.sql("select min(id) from chapter where state = 'APPROVED'")
                .query(Long.class).single();
        page.addInitScript("""
                window.__cspViolations = [];
                document.addEventListener('securitypolicyviolation',
                    e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));""");
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy") || message.text().contains("Content-Security-Policy")) {
                violations.add("console: " + message.text());
            }
        });

        visit("/login");
        login("admin", DEMO_PASSWORD);
        for (String path : List.of("/", "/tableau-de-bord", "/relecture", "/relecture/" + approvedChapter,
                "/chapitres/" + approvedChapter + "/historique", "/rapport", "/rapport/apercu", "/rapport/couverture",
                "/rapport/exports", "/import-rapport", "/admin/organisation", "/admin/utilisateurs",
                "/admin/campagnes", "/admin/campagnes/" + campaign, "/admin/journal", "/mon-compte")) {
            visit(path);
        }
        app.logout();
        login("contributeur.dasipe", DEMO_PASSWORD);
        visit("/mes-chapitres");
        visit("/chapitres/" + dasipeChapter);

        assertThat(violations).isEmpty();
    }

    private void visit(String path) {
        page.navigate(url(path));
        page.waitForLoadState(LoadState.NETWORKIDLE);
        page.waitForTimeout(300);
        Object reported = page.evaluate("() => window.__cspViolations || []");
        if (reported instanceof List<?> list) {
            list.forEach(v -> violations.add(path + ": " + v));
        }
    }
}
