package fr.recueil.chapter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RichTextTest {

    @Test
    void the_report_subset_of_markdown_is_rendered() {
        String html = RichText.toSafeHtml("""
                ## Sous-titre

                Un **texte** en *italique* avec un [lien](https://www.valdemarne.fr).

                - un
                - deux

                1. premier
                2. second

                | Statut | Nombre |
                |---|---|
                | Titulaire | 5489 |
                """);

        assertThat(html).contains("<h3>Sous-titre</h3>", "<strong>texte</strong>", "<em>italique</em>",
                "<a href=\"https://www.valdemarne.fr\" rel=\"noopener noreferrer\">lien</a>",
                "<ul>", "<ol>", "<table>", "<th>Statut</th>", "<td>5489</td>");
    }

    @Test
    void sub_headings_come_in_two_levels() {
        assertThat(RichText.toSafeHtml("# Un\n\n#### Deux\n\n###### Trois")).isEqualTo("<h3>Un</h3>\n<h4>Deux</h4>\n<h4>Trois</h4>\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<script>alert(1)</script>",
            "<img src=x onerror=alert(1)>",
            "<svg onload=alert(1)>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "[clic](javascript:alert(1))",
            "[clic](JaVaScRiPt:alert(1))",
            "[clic](  javascript:alert(document.cookie) )",
            "[clic](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[clic](vbscript:msgbox(1))",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<body onload=alert(1)>",
            "<details open ontoggle=alert(1)>",
            "![x](javascript:alert(1))",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<<script>script>alert(1)<</script>/script>",
            "<a href=\"&#106;avascript:alert(1)\">x</a>",
            "[x](&#106;avascript:alert(1))",
            "<object data=\"javascript:alert(1)\"></object>",
            "<form action=javascript:alert(1)><input type=submit>",
            "\"><script>alert(1)</script>",
            "<ScRiPt>alert(1)</sCrIpT>",
            "<img src=\"x\" onerror=\"alert(1)\"/>",
            "<a href=\"https://ok.example\" onclick=\"alert(1)\">x</a>",
    })
    void raw_html_and_script_links_never_reach_the_page(String payload) {
        String html = RichText.toSafeHtml("Avant " + payload + " après");

        // What matters is what a browser would build from it: only harmless elements, no handlers,
        // no script URLs. The payload may remain visible as text, which is harmless.
        var body = org.jsoup.Jsoup.parseBodyFragment(html).body();
        for (var element : body.getAllElements()) {
            assertThat(element.tagName()).isIn("body", "p", "a", "strong", "em", "br", "code");
            for (var attribute : element.attributes()) {
                assertThat(attribute.getKey()).doesNotStartWith("on").isNotEqualTo("style").isNotEqualTo("src");
            }
            if (element.hasAttr("href")) {
                assertThat(element.attr("href")).matches("(https?:|mailto:|#).*");
            }
        }
    }

    @Test
    void raw_html_is_shown_as_text_not_dropped() {
        assertThat(RichText.toSafeHtml("a <b>gras</b> b")).contains("&lt;b&gt;gras&lt;/b&gt;");
    }

    @Test
    void the_markdown_given_to_the_browser_preview_holds_no_tag() {
        String safe = RichText.toSafeMarkdown("Texte <script>alert(1)</script> et [x](javascript:alert(1)) **gras**");

        assertThat(safe).doesNotContain("<", ">", "javascript:").contains("**gras**", "&lt;script&gt;");
    }

    @Test
    void scripts_are_detected_so_that_they_can_be_refused_at_saving() {
        assertThat(RichText.holdsScript("<script>alert(1)</script>")).isTrue();
        assertThat(RichText.holdsScript("[x](javascript:alert(1))")).isTrue();
        assertThat(RichText.holdsScript("Le budget < 5 M€ et > 2 M€ : voir https://valdemarne.fr")).isFalse();
    }

    @Test
    void french_prose_with_a_space_before_its_colon_is_not_a_script() {
        assertThat(RichText.holdsScript("Stratégie open data : 42 jeux publiés")).isFalse();
        assertThat(RichText.holdsScript("Les data : 12 jeux ; le javascript : un langage ; vbscript: aussi")).isFalse();
        assertThat(RichText.holdsScript("- Données (data : 42)\n- [Le portail](https://data.valdemarne.fr)")).isFalse();
    }

    @Test
    void script_destinations_are_refused_however_written() {
        assertThat(RichText.holdsScript("[x]( JavaScript:alert(1))")).isTrue();
        assertThat(RichText.holdsScript("[x](<java script:alert(1)>)")).isTrue();
        assertThat(RichText.holdsScript("[x](&#106;avascript:alert(1))")).isTrue();
        assertThat(RichText.holdsScript("[x][ref]\n\n[ref]: vbscript:msgbox")).isTrue();
        assertThat(RichText.holdsScript("<javascript:alert(1)>")).isTrue();
        assertThat(RichText.holdsScript("![logo](data:image/svg+xml;base64,PHN2Zz4=)")).isTrue();
        assertThat(RichText.holdsScript("| a |\n|---|\n| [x](javascript:alert(1)) |")).isTrue();
    }
}
