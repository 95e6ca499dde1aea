package fr.recueil.export.html;

import fr.recueil.assembly.HostileReports;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Property: no generated hostile content (odd links, control characters, huge cells, random Markdown) breaks the HTML export. */
class HtmlHostileContentTest {

    static final int REPORTS = 120;

    final HtmlRenderer renderer = new HtmlRenderer();

    @Test
    void every_generated_hostile_report_gives_html_without_control_characters_or_scripts() {
        for (long seed = 1; seed <= REPORTS; seed++) {
            long s = seed;
            assertThatCode(() -> {
                String html = new String(renderer.render(HostileReports.report(s)), StandardCharsets.UTF_8);
                assertThat(html).doesNotContainPattern("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]");
                Document parsed = Jsoup.parse(html);
                assertThat(parsed.select("script")).isEmpty();
                assertThat(parsed.select("main")).hasSize(1);
            }).as("seed %d", s).doesNotThrowAnyException();
        }
    }
}
