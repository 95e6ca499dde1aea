package fr.recueil.importing.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import fr.recueil.testing.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

class ReportImportViewTest extends KaribuTest {

    @Test
    @Transactional
    void communication_reviews_the_chapters_then_imports_them_and_reads_the_fidelity_report() throws IOException {
        login("communication");
        UI.getCurrent().navigate("import-rapport");
        _get(IntegerField.class, spec -> spec.withId("import-year")).setValue(2017);

        view().analyse("rapport-2023-extrait.docx", fixture());

        assertThat(_find(H3.class).stream().map(H3::getText).toList()).hasSize(11)
                .contains("Direction des Systèmes d’Information", "RESSOURCES HUMAINES DU DEPARTEMENT DU VAL-DE-MARNE");
        Div dsi = _get(Div.class, spec -> spec.withId("import-chapter-9"));
        assertThat(_find(dsi, Span.class).stream().map(Span::getText).toList())
                .contains("Missions : 12 paragraphe(s)", "Chiffres clés : 8");
        @SuppressWarnings("unchecked")
        Select<fr.recueil.importing.ImportTarget> hr = _get(_get(Div.class, spec -> spec.withId("import-chapter-0")), Select.class);
        assertThat(hr.getValue().label()).isEqualTo("Ressources humaines de la collectivité");
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-summary")).getText())
                .isEqualTo("11 chapitre(s) trouvé(s) : 11 associé(s) à une direction ou une entrée, 5 à vérifier, 0 ignoré(s) ; 6 avertissement(s).");
        assertThat(_find(_get(Div.class, spec -> spec.withId("import-jumps")), Button.class)).hasSize(5);
        hr.setValue(null);
        assertThat(_get(Paragraph.class, spec -> spec.withId("import-summary")).getText()).contains("10 associé(s)", "1 ignoré(s)");

        _click(_get(Button.class, spec -> spec.withId("import-confirm")));

        Div fidelity = _get(Div.class, spec -> spec.withId("import-fidelity"));
        assertThat(_get(fidelity, Span.class, spec -> spec.withId("import-fidelity-percent")).getText())
                .isEqualTo("99 % du texte des chapitres placé");
        assertThat(_get(fidelity, Span.class, spec -> spec.withId("import-fidelity-percent")).getClassNames())
                .contains("recueil-import-percent--partial");
        List<String> items = _find(ListItem.class).stream().map(li -> li.getElement().getTextRecursively()).toList();
        assertThat(items).contains("Page de titre : 1 paragraphe(s)");
        assertThat(items).anyMatch(t -> t.startsWith("Chapitre ignoré : RESSOURCES HUMAINES"));
    }

    @Test
    @Transactional
    void a_refused_import_says_why_on_the_page_and_the_user_can_try_again() throws IOException {
        login("communication");
        UI.getCurrent().navigate("import-rapport");
        _get(IntegerField.class, spec -> spec.withId("import-year")).setValue(2023);
        view().analyse("rapport-2023-extrait.docx", fixture());
        _get(Checkbox.class, spec -> spec.withId("import-attach-1")).setValue(true);
        assertThat(_get(_get(Div.class, spec -> spec.withId("import-chapter-1")), Span.class,
                spec -> spec.withClasses("recueil-import-merge")).getText())
                .isEqualTo("Rattaché à « RESSOURCES HUMAINES DU DEPARTEMENT DU VAL-DE-MARNE » : fusionné à sa suite, dans l'ordre du document.");

        Button confirm = _get(Button.class, spec -> spec.withId("import-confirm"));
        _click(confirm);

        Paragraph refusal = _get(Paragraph.class, spec -> spec.withId("import-review-refusal"));
        assertThat(refusal.isVisible()).isTrue();
        assertThat(refusal.getText()).startsWith("L'import n'a pas été fait : La campagne 2023 existe déjà");
        assertThat(confirm.isEnabled()).as("the page is never left stuck").isTrue();
        assertThat(_find(Div.class, spec -> spec.withId("import-review"))).hasSize(1);
    }

    @Test
    void a_refused_file_is_explained_on_the_page_in_french() {
        login("admin");
        UI.getCurrent().navigate("import-rapport");

        view().analyse("rapport.docx", "%PDF-1.4 faux".getBytes(StandardCharsets.US_ASCII));

        Paragraph refusal = _get(Paragraph.class, spec -> spec.withId("import-refusal"));
        assertThat(refusal.getText()).startsWith("Le fichier « rapport.docx » est un PDF, pas un document Word.");
        assertThat(_find(Div.class, spec -> spec.withId("import-review"))).isEmpty();
    }

    @Test
    void contributors_cannot_open_the_import_page() {
        login("contributeur.dasipe");
        UI.getCurrent().navigate("import-rapport");

        assertThat(_find(ReportImportView.class)).isEmpty();
    }

    private static ReportImportView view() {
        return _get(ReportImportView.class);
    }

    private static byte[] fixture() throws IOException {
        try (InputStream in = ReportImportViewTest.class.getResourceAsStream("/fixtures/rapport-2023-extrait.docx")) {
            return in.readAllBytes();
        }
    }
}
