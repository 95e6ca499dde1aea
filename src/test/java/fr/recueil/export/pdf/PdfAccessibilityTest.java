package fr.recueil.export.pdf;

import fr.recueil.assembly.document.BulletList;
import fr.recueil.assembly.document.DocBlock;
import fr.recueil.assembly.document.Figure;
import fr.recueil.assembly.document.Heading;
import fr.recueil.assembly.document.HeadingRole;
import fr.recueil.assembly.document.KeyFigureGrid;
import fr.recueil.assembly.document.KeyFigureGrid.KeyFigureCell;
import fr.recueil.assembly.document.KeyFigureGrid.Trend;
import fr.recueil.assembly.document.Paragraph;
import fr.recueil.assembly.document.ParagraphStyle;
import fr.recueil.assembly.document.ReportDocument;
import fr.recueil.assembly.document.Span;
import fr.recueil.assembly.document.Table;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfString;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static fr.recueil.export.pdf.PdfPages.flat;
import static fr.recueil.export.pdf.SampleReports.NBSP;
import static fr.recueil.export.pdf.SampleReports.NNBSP;
import static org.assertj.core.api.Assertions.assertThat;

/** The PDF is tagged and valid (veraPDF, PDF/UA-1 and PDF/A-2a), and its text reads back in order. */
class PdfAccessibilityTest {

    private final PdfRenderer renderer = new PdfRenderer();

    @Test
    void a_report_of_every_kind_of_block_passes_pdf_ua_1_and_pdf_a_2a_with_no_failed_rule() {
        byte[] pdf = renderer.render(SampleReports.everyBlock(true));

        assertThat(VeraPdf.failedRules(pdf, VeraPdf.UA)).isEmpty();
        assertThat(VeraPdf.failedRules(pdf, VeraPdf.ARCHIVE)).isEmpty();
    }

    @Test
    void a_worst_case_passes_pdf_ua_1_and_pdf_a_2a_with_no_failed_rule() {
        byte[] pdf = renderer.render(worstCase());
        PdfPages.keep(pdf, "worst-case.pdf");

        assertThat(VeraPdf.failedRules(pdf, VeraPdf.UA)).isEmpty();
        assertThat(VeraPdf.failedRules(pdf, VeraPdf.ARCHIVE)).isEmpty();
        String text = flat(String.join(" ", PdfPages.texts(pdf)));
        assertThat(text).contains("Nombre de jours de formation par agent en moyenne", "1,9");
        assertThat(text).contains("fin de la cellule très longue", "Très imbriqué", "Suite du premier", "Voir le site et un autre");
    }

    @Test
    void the_validator_finds_the_rules_an_untagged_pdf_breaks() {
        byte[] untagged = untagged();

        assertThat(VeraPdf.failedRules(untagged, VeraPdf.UA)).isNotEmpty();
        assertThat(VeraPdf.failedRules(untagged, VeraPdf.ARCHIVE)).isNotEmpty();
    }

    @Test
    void a_table_whose_only_row_is_its_header_is_printed() {
        byte[] pdf = renderer.render(SampleReports.withBlocks(headerOnly()));

        assertThat(flat(String.join(" ", PdfPages.texts(pdf))))
                .contains("Nombre de jours de formation par agent en moyenne", "1,9");
    }

    @Test
    void each_key_figure_reads_as_its_value_then_its_label() {
        List<KeyFigureCell> figures = List.of(
                card("507", "prescriptions vers des actions de l'offre d'insertion"),
                card("277", "personnes entrées en accompagnement"),
                card("1" + NNBSP + "533", "bénéficiaires suivis"),
                card("5" + NNBSP + "037" + NNBSP + "554,95" + NBSP + "€", "de subventions versées"),
                card("12", "agents"),
                card("près de 99" + NNBSP + "%", "de satisfaction"),
                card("7" + NNBSP + "557", "repas servis"),
                card("3", "directions accompagnées"));
        byte[] pdf = renderer.render(SampleReports.withBlocks(new KeyFigureGrid("Insertion", figures)));

        String text = flat(String.join(" ", PdfPages.texts(pdf)));
        int position = 0;
        for (KeyFigureCell figure : figures) {
            // In the grid's order, also in its last, incomplete row.
            int found = text.indexOf(flat(figure.value() + " " + figure.label()), position);
            assertThat(found).as(figure.value()).isGreaterThanOrEqualTo(position);
            position = found;
        }
        assertThat(text).doesNotContain("507 277");
    }

    @Test
    void the_cards_of_a_grid_read_in_its_order_whatever_the_length_of_their_labels() {
        List<KeyFigureCell> figures = List.of(
                card("28", "consultations engagées (dont 3 déclarées sans suite ou infructueuses)"),
                card("64", "marchés instruits et conclus pour 12 directions opérationnelles, dont 56 de niveau européen"),
                card("3", "directions accompagnées pour la passation de 11 marchés"),
                card("15", "avenants instruits et conclus"),
                card("225", "marchés actifs suivis en exécution administrative (révision des prix, reconductions, "
                        + "substitutions de produits au bordereau des prix unitaires (BPU), pénalités, avenants, "
                        + "résiliations, protocoles transactionnels)"));
        byte[] pdf = renderer.render(SampleReports.withBlocks(new KeyFigureGrid("Passation des marchés", figures)));

        String text = flat(String.join(" ", PdfPages.texts(pdf)));
        assertThat(text).contains(String.join(" ", figures.stream().map(f -> flat(f.value() + " " + f.label())).toList()));
    }

    @Test
    void numbers_are_right_aligned_in_a_column_of_numbers_whatever_its_given_alignment() {
        Table table = SampleReports.table(List.of("Année", "Agents", "Commentaire"),
                List.of(List.of("2022", "7" + NNBSP + "557", "stable"), List.of("2023", "0,1" + NNBSP + "%", "en hausse")));

        assertThat(PdfTables.alignments(table)).containsExactly(Table.Align.RIGHT, Table.Align.RIGHT, Table.Align.LEFT);
    }

    @Test
    void the_structure_tree_holds_the_headings_in_order_and_the_tables_lists_figures_and_links() throws IOException {
        byte[] pdf = renderer.render(SampleReports.everyBlock(false));

        try (PdfReader reader = new PdfReader(pdf)) {
            PdfDictionary catalog = reader.getCatalog();
            assertThat(catalog.getAsDict(PdfName.MARKINFO).get(PdfName.MARKED).toString()).isEqualTo("true");
            assertThat(catalog.getAsString(PdfName.LANG).toString()).isEqualTo("fr-FR");
            assertThat(catalog.getAsDict(PdfName.VIEWERPREFERENCES).get(PdfName.DISPLAYDOCTITLE).toString()).isEqualTo("true");
            String xmp = new String(PdfReader.getStreamBytes((org.openpdf.text.pdf.PRStream)
                    reader.getPdfObject(catalog.get(PdfName.METADATA))), StandardCharsets.UTF_8);
            assertThat(xmp).contains("<pdfaid:part>2</pdfaid:part>", "<pdfuaid:part>1</pdfuaid:part>",
                    SampleReports.TITLE.replace("'", "'"));

            PdfDictionary root = catalog.getAsDict(PdfName.STRUCTTREEROOT);
            List<String> types = new ArrayList<>();
            List<String> alts = new ArrayList<>();
            walk(reader, root, types, alts);
            assertThat(types.getFirst()).isEqualTo("Document");
            List<String> headings = types.stream().filter(t -> t.matches("H[1-6]")).toList();
            // Cover title, Éditorial, Sommaire, chapter, its sections…, part, chapter, section.
            assertThat(headings).startsWith("H1", "H1", "H1", "H1", "H2");
            for (int i = 1; i < headings.size(); i++) {
                int level = headings.get(i).charAt(1) - '0';
                int before = headings.get(i - 1).charAt(1) - '0';
                assertThat(level).as("heading %d after H%d", level, before).isLessThanOrEqualTo(before + 1);
            }
            assertThat(types).contains("Table", "TR", "TH", "TD", "L", "LI", "LBody", "Figure", "Link", "TOC", "TOCI", "P");
            assertThat(Collections.frequency(types, "TH")).isEqualTo(2 + 3);
            assertThat(alts).contains("Capture d'écran de la page d'accueil");
        }
    }

    private static void walk(PdfReader reader, PdfDictionary element, List<String> types, List<String> alts) {
        PdfObject kids = PdfReader.getPdfObject(element.get(PdfName.K));
        List<PdfObject> list = new ArrayList<>();
        if (kids instanceof PdfArray array) {
            for (int i = 0; i < array.size(); i++) {
                list.add(PdfReader.getPdfObject(array.getPdfObject(i)));
            }
        } else if (kids != null) {
            list.add(kids);
        }
        for (PdfObject kid : list) {
            if (kid instanceof PdfDictionary dictionary && dictionary.get(PdfName.S) != null) {
                types.add(PdfName.decodeName(dictionary.get(PdfName.S).toString()));
                if (dictionary.get(PdfName.ALT) instanceof PdfString alt) {
                    alts.add(alt.toUnicodeString());
                }
                walk(reader, dictionary, types, alts);
            }
        }
    }

    private static KeyFigureCell card(String value, String label) {
        return new KeyFigureCell(value, label, null, Trend.NONE, null, null);
    }

    private static Table headerOnly() {
        return new Table(Table.TableKind.DATA, null, List.of(Table.Align.LEFT, Table.Align.RIGHT),
                List.of(Table.Cell.of("Nombre de jours de formation par agent en moyenne"), Table.Cell.of("1,9")),
                List.of(), null);
    }

    /** Header-only tables, empty cells, 20 columns, a very long cell, nested lists, links, images. */
    static ReportDocument worstCase() {
        List<DocBlock> blocks = new ArrayList<>();
        blocks.add(new Heading(2, HeadingRole.SECTION, null, "Tableaux", "tableaux", false));
        blocks.add(headerOnly());
        List<String> header = new ArrayList<>();
        List<String> row = new ArrayList<>();
        for (int c = 1; c <= 20; c++) {
            header.add("Colonne " + c);
            row.add(c % 3 == 0 ? "" : String.valueOf(c * 1000));
        }
        blocks.add(SampleReports.table(header, List.of(row, row)));
        String longCell = ("Une cellule très longue qui raconte toute l'année en détail, mois après mois. ").repeat(60)
                + "fin de la cellule très longue";
        blocks.add(SampleReports.table(List.of("Sujet", "Détail"), List.of(List.of("Bilan", longCell), List.of("", ""))));
        blocks.add(new Heading(2, HeadingRole.SECTION, null, "Listes", "listes", false));
        blocks.add(new BulletList(true, 1, List.of(
                new BulletList.ListItem(List.of(Paragraph.of("Premier", ParagraphStyle.BODY),
                        new BulletList(false, 1, List.of(new BulletList.ListItem(List.of(
                                Paragraph.of("Imbriqué", ParagraphStyle.BODY),
                                new BulletList(false, 1, List.of(SampleReports.item("Très imbriqué"))))))),
                        Paragraph.of("Suite du premier", ParagraphStyle.BODY))),
                SampleReports.item("Second"))));
        blocks.add(new Paragraph(List.of(Span.plain("Voir "), new Span("le site", false, false, "https://example.org/a\"b"),
                Span.plain(" et "), new Span("un autre", true, false, "mailto:contact@example.org")), ParagraphStyle.BODY));
        blocks.add(new Paragraph(List.of(Span.plain("Un long texte. ".repeat(400))), ParagraphStyle.BODY));
        blocks.add(new Figure(SampleReports.picture(300, 900), null, "Une image haute"));
        blocks.add(new KeyFigureGrid(null, List.of(card("1", "seul"))));
        blocks.add(SampleReports.longTable());
        return SampleReports.withBlocks(blocks.toArray(DocBlock[]::new));
    }

    private static byte[] untagged() {
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            org.openpdf.text.Document document = new org.openpdf.text.Document();
            org.openpdf.text.pdf.PdfWriter.getInstance(document, out);
            document.open();
            document.add(new org.openpdf.text.Paragraph("Sans balises",
                    new org.openpdf.text.Font(PdfFonts.REGULAR, 12)));
            document.close();
            return out.toByteArray();
        } catch (RuntimeException e) {
            throw e;
        }
    }
}
