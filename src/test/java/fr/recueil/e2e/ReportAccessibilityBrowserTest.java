package fr.recueil.e2e;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.options.RequestOptions;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report's HTML is accessible: axe-core finds no violation in the HTML export (a final report and a
 * draft with its "PROJET" banner) nor in the in-app preview of the report.
 */
class ReportAccessibilityBrowserTest extends BrowserTest {

    @Test
    void the_html_export_of_the_final_2023_report_and_of_the_2024_draft_has_no_axe_violation() {
        for (String path : List.of("/api/campaigns/2023/report.html", "/api/campaigns/2024/report.html?draft=true")) {
            APIResponse response = page.request().get(url(path), RequestOptions.create().setHeader("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(("communication:" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8))));
            assertThat(response.status()).as(path).isEqualTo(200);
            page.setContent(response.text());

            assertThat(violations(new AxeBuilder(page).analyze())).as(path).isEmpty();
        }
    }

    @Test
    void the_in_app_preview_of_the_report_has_no_axe_violation() {
        login("communication", DEMO_PASSWORD);
        page.navigate(url("/rapport/apercu"));
        app.waitForVaadin();
        page.locator("#preview-document").waitFor();

        assertThat(violations(new AxeBuilder(page).analyze())).isEmpty();
    }

    /** Each violated rule with the first offending elements, readable in a failure message. */
    private static List<String> violations(AxeResults results) {
        return results.getViolations().stream().map(ReportAccessibilityBrowserTest::describe).toList();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " — "
                + rule.getNodes().stream().limit(3).map(node -> String.valueOf(node.getTarget())).toList();
    }
}
