package fr.recueil.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import fr.recueil.chapter.ChapterService;
import fr.recueil.chapter.content.RichTextBlock;
import fr.recueil.testing.Actors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A contributor writes in the visual editor as in Word: the toolbar and the shortcuts, then a fragment pasted from
 * Word (its clipboard HTML with mso- styles, list paragraphs, a comment, an image, colours) and a hostile one.
 * After saving and reloading, the editor shows exactly what was stored, and only bold, italic, lists and links
 * survived.
 */
class RichTextEditorJourneyTest extends BrowserTest {

    private static final Path SCREENSHOTS = Paths.get("target", "e2e-screenshots");

    private static final String WORD = """
            <html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
            <head><meta name=Generator content="Microsoft Word 15"><style><!-- p.MsoNormal {font-family:Calibri} --></style></head>
            <body lang=FR><!--StartFragment-->
            <p class=MsoNormal><span style='font-size:11.0pt;color:#C00000;font-family:"Comic Sans MS"'>Le <b>Département</b> agit <i>vite</i>, voir <a href="https://www.valdemarne.fr/" style='color:blue'>le site</a>.<o:p></o:p></span></p>
            <p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>Première puce<o:p></o:p></p>
            <p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;text-indent:-18.0pt;mso-list:l0 level2 lfo1'><![if !supportLists]><span style='font-family:"Courier New"'><span style='mso-list:Ignore'>o<span>&nbsp;&nbsp; </span></span></span><![endif]>Sous-puce<o:p></o:p></p>
            <p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'><![if !supportLists]><span style='mso-list:Ignore'>·<span>&nbsp;&nbsp; </span></span><![endif]>Deuxième puce<span class=MsoCommentReference><a class=msocomanchor href="#_msocom_1">[AB1]</a></span><o:p></o:p></p>
            <p class=MsoNormal><img width=100 height=50 src="file:///C:/Users/x/image001.png"><span style='background:yellow;mso-highlight:yellow'>Fin surlignée</span><o:p></o:p></p>
            <!--EndFragment--></body></html>""";

    private static final String HOSTILE = "<p onmouseover=\"alert('x')\" style=\"color:red\">Piège <script>alert('x')</script>"
            + "<a href=\"javascript:alert('x')\">cliquez</a> <img src=x onerror=\"alert('x')\"><iframe src=\"https://evil.example\"></iframe></p>";

    @Autowired
    private ChapterService chapters;
    @Autowired
    private Actors actors;

    @Test
    void a_contributor_writes_with_the_toolbar_and_shortcuts_pastes_from_word_saves_and_finds_the_same_formatting() throws Exception {
        long dsi = actors.as("contributeur.multi", () -> chapters.myChapters().stream()
                .filter(c -> c.directionName().contains("systèmes d'information")).findFirst().orElseThrow().id());
        login("contributeur.multi", DEMO_PASSWORD);
        app.open("/chapitres/" + dsi);
        page.locator("vaadin-button#save").waitFor();

        Locator block = page.locator(".recueil-block[data-block-type=RICH_TEXT]").first();
        Locator editor = block.locator("recueil-rich-text .ql-editor");
        editor.waitFor();
        assertThat(block.locator("button[aria-label='Gras']")).hasAttribute("title", "Gras (Ctrl+B)");
        assertThat(editor).hasAttribute("aria-label", "Texte");

        // The toolbar: a word typed, selected and made bold.
        editor.click();
        page.keyboard().type("La DSI modernise le poste.");
        select(editor, "modernise");
        block.locator("button[aria-label='Gras']").click();
        // The shortcuts: italic, then a bullet list, a nested item (Tab), a numbered list.
        end(editor);
        page.keyboard().press("Enter");
        page.keyboard().type("Un texte ");
        page.keyboard().press("Control+i");
        page.keyboard().type("vite");
        page.keyboard().press("Control+i");
        page.keyboard().type(" écrit.");
        page.keyboard().press("Enter");
        page.keyboard().press("Control+Shift+8");
        page.keyboard().type("une puce");
        page.keyboard().press("Enter");
        page.keyboard().press("Tab");
        page.keyboard().type("une sous-puce");
        page.keyboard().press("Enter");
        page.keyboard().press("Shift+Tab");
        page.keyboard().press("Control+Shift+8");
        page.keyboard().press("Control+Shift+7");
        page.keyboard().type("étape");
        page.keyboard().press("Enter");
        page.keyboard().press("Control+Shift+7");
        shot("01-saisie");

        // Pasting Word's clipboard, then a hostile fragment, as the browser delivers a paste.
        paste(editor, WORD);
        assertThat(editor.locator("ul li", new Locator.LocatorOptions().setHasText("Première puce"))).hasCount(1);
        // a new paragraph first: pasted at the end of a line, a one-paragraph fragment joins that line, as in Word
        end(editor);
        page.keyboard().press("Enter");
        paste(editor, HOSTILE);
        assertThat(editor).containsText("Piège");
        assertThat(block.locator(".recueil-rich-helper")).containsText("mots");
        shot("02-colle");

        page.waitForFunction("() => window.recueilEditorDirty === true");
        page.locator("vaadin-button#save").click();
        assertThat(page.locator("#save-status")).containsText("Enregistré à");

        String stored = actors.as("contributeur.multi", () ->
                ((RichTextBlock) chapters.chapter(dsi).getContent().blocks().getFirst()).body());
        assertThat(stored).isEqualTo("""
                La DSI **modernise** le poste.

                Un texte *vite* écrit.

                - une puce
                  - une sous-puce

                1. étape

                Le **Département** agit *vite*, voir [le site](https://www.valdemarne.fr/).

                - Première puce
                  - Sous-puce
                - Deuxième puce

                Fin surlignée

                Piège cliquez""");

        page.reload();
        page.locator("vaadin-button#save").waitFor();
        Locator reloaded = page.locator(".recueil-block[data-block-type=RICH_TEXT]").first().locator("recueil-rich-text .ql-editor");
        assertThat(reloaded.locator("strong")).hasText(new String[] {"modernise", "Département"});
        assertThat(reloaded.locator("em")).hasText(new String[] {"vite", "vite"});
        assertThat(reloaded.locator("ul > li")).hasText(new String[] {"une puce", "une sous-puce", "Première puce", "Sous-puce", "Deuxième puce"});
        assertThat(reloaded.locator("li.ql-indent-1")).hasText(new String[] {"une sous-puce", "Sous-puce"});
        assertThat(reloaded.locator("ol > li")).hasText("étape");
        assertThat(reloaded.locator("a")).hasAttribute("href", "https://www.valdemarne.fr/");
        String html = (String) reloaded.evaluate("e => e.innerHTML");
        assertThat(html).doesNotContain("style=", "<img", "<script", "<iframe", "onerror", "onmouseover", "javascript:",
                "span", "AB1", "mso");
        assertThat((Boolean) page.evaluate("window.recueilEditorDirty")).isFalse();
        shot("03-apres-rechargement");
    }

    /** Selects a word of the editor's text, as a mouse would. */
    private static void select(Locator editor, String word) {
        editor.evaluate("(e, w) => { const q = e.closest('recueil-rich-text')._quill; const i = q.getText().indexOf(w);"
                + " q.setSelection(i, w.length, 'user'); }", word);
    }

    private static void end(Locator editor) {
        editor.evaluate("e => { const q = e.closest('recueil-rich-text')._quill; q.setSelection(q.getLength() - 1, 0, 'user'); }");
    }

    /** A paste event carrying HTML, as Chromium fires it for Ctrl+V from Word; waits for the pasted text. */
    private void paste(Locator editor, String html) {
        end(editor);
        int before = ((Number) editor.evaluate("e => e.closest('recueil-rich-text')._quill.getLength()")).intValue();
        editor.evaluate("(e, html) => { const data = new DataTransfer(); data.setData('text/html', html);"
                + " data.setData('text/plain', 'texte'); e.dispatchEvent(new ClipboardEvent('paste',"
                + " {clipboardData: data, bubbles: true, cancelable: true})); }", html);
        page.waitForFunction("([e, n]) => e.closest('recueil-rich-text')._quill.getLength() > n",
                new Object[] {editor.elementHandle(), before});
    }

    private void shot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("editeur-visuel-" + name + ".png")));
    }
}
