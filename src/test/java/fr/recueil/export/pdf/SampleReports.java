package fr.recueil.export.pdf;

import fr.recueil.assembly.document.BulletList;
import fr.recueil.assembly.document.Cover;
import fr.recueil.assembly.document.DocBlock;
import fr.recueil.assembly.document.DocumentInfo;
import fr.recueil.assembly.document.Figure;
import fr.recueil.assembly.document.Heading;
import fr.recueil.assembly.document.HeadingRole;
import fr.recueil.assembly.document.KeyFigureGrid;
import fr.recueil.assembly.document.KeyFigureGrid.KeyFigureCell;
import fr.recueil.assembly.document.KeyFigureGrid.Trend;
import fr.recueil.assembly.document.PageBreak;
import fr.recueil.assembly.document.Paragraph;
import fr.recueil.assembly.document.ParagraphStyle;
import fr.recueil.assembly.document.Picture;
import fr.recueil.assembly.document.ReportDocument;
import fr.recueil.assembly.document.Span;
import fr.recueil.assembly.document.Table;
import fr.recueil.assembly.document.TableOfContents;
import fr.recueil.assembly.document.Timeline;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Small hand-built reports holding every kind of block, for the renderer's tests. */
final class SampleReports {

    static final String TITLE = "Rapport d'activité 2061";
    static final String NNBSP = "\u202F";
    static final String NBSP = "\u00A0";
    static final int LONG_TABLE_ROWS = 120;

    private SampleReports() {
    }

    static ReportDocument everyBlock(boolean draft) {
        List<DocBlock> body = new ArrayList<>();
        body.add(new Heading(1, HeadingRole.FRONT, null, "Éditorial", "editorial", true));
        body.add(new Paragraph(List.of(Span.plain("Chère lectrice, cher lecteur, l'année fut dense" + NNBSP + "! "),
                Span.bold("Des chiffres en gras"), Span.plain(", "), Span.italic("des mots en italique"),
                Span.plain(" et "), new Span("un lien", false, false, "https://www.exemple.fr"),
                Span.plain("\n"), Span.plain("«" + NBSP + "Une ligne après un saut" + NBSP + "»" + NBSP + ": œuvre, 12" + NNBSP + "%.")),
                ParagraphStyle.BODY));
        body.add(new PageBreak());
        body.add(new TableOfContents("Sommaire"));
        body.add(new PageBreak());
        body.add(new Heading(1, HeadingRole.CHAPTER, "Annexe 1", "Direction de la communication", "annexe-1", true));
        body.add(Paragraph.of("Une introduction qui présente la direction.", ParagraphStyle.LEAD));
        body.add(new Heading(2, HeadingRole.SECTION, null, "Les chiffres clés de l'année", "chiffres", false));
        body.add(new KeyFigureGrid("Accueil du public", List.of(
                new KeyFigureCell("148" + NNBSP + "183", "appels reçus", "+9" + NNBSP + "% par rapport à 2060", Trend.UP,
                        "2060" + NBSP + ": 136" + NNBSP + "000", null),
                new KeyFigureCell("5" + NNBSP + "037" + NNBSP + "554,95" + NBSP + "€", "de subventions versées",
                        "\u22122,5" + NBSP + "points par rapport à 2060", Trend.DOWN, null, "hors fonds européens"),
                new KeyFigureCell("près de 99" + NNBSP + "%", "de satisfaction", null, Trend.NONE, null, null),
                new KeyFigureCell(null, "Tous les collèges sont désormais raccordés à la fibre.", null, Trend.NONE, null, null))));
        body.add(new Heading(2, HeadingRole.SECTION, null, "Budget", "budget", false));
        body.add(new Table(Table.TableKind.BUDGET, null, List.of(Table.Align.LEFT, Table.Align.RIGHT),
                List.of(Table.Cell.of("Poste"), Table.Cell.of("Montant")),
                List.of(List.of(Table.Cell.of("Fonctionnement"), Table.Cell.of("1" + NNBSP + "200" + NNBSP + "000" + NBSP + "€")),
                        List.of(Table.Cell.of("Investissement"), Table.Cell.of("800" + NNBSP + "000" + NBSP + "€"))),
                List.of(new Table.Cell(List.of(Span.bold("Total"))),
                        new Table.Cell(List.of(Span.bold("2" + NNBSP + "000" + NNBSP + "000" + NBSP + "€"))))));
        body.add(new Heading(2, HeadingRole.SECTION, null, "Réalisations", "realisations", false));
        body.add(new Heading(3, HeadingRole.SUBSECTION, null, "Un nouveau site internet", "site", false));
        body.add(new BulletList(false, 1, List.of(
                item("Premier point"),
                new BulletList.ListItem(List.of(Paragraph.of("Deuxième point", ParagraphStyle.BODY),
                        new BulletList(true, 3, List.of(item("Sous-point numéroté trois"), item("Sous-point numéroté quatre"))))))));
        body.add(Paragraph.of("Une citation d'usager.", ParagraphStyle.QUOTE));
        body.add(Paragraph.of("Source : enquête interne.", ParagraphStyle.NOTE));
        body.add(Paragraph.of("Attention : chiffres provisoires.", ParagraphStyle.NOTICE));
        body.add(new Figure(picture(640, 360), "Le nouveau site en ligne", "Capture d'écran de la page d'accueil"));
        body.add(new Timeline(List.of(new Timeline.Event("12 mars 2061", List.of(Span.plain("Lancement du projet"))),
                new Timeline.Event("3 octobre 2061", List.of(Span.plain("Mise en ligne"))))));
        body.add(new PageBreak());
        body.add(new Heading(1, HeadingRole.PART, null, "Pôle solidarités", "pole-solidarites", true));
        body.add(new BulletList(false, 1, List.of(
                new BulletList.ListItem(List.of(Paragraph.of("Annexe 2 — Direction de l'autonomie", ParagraphStyle.LEAD))))));
        body.add(new PageBreak());
        body.add(new Heading(2, HeadingRole.CHAPTER, "Annexe 2", "Direction de l'autonomie", "annexe-2", true));
        body.add(new Heading(3, HeadingRole.SECTION, null, "Les établissements", "etablissements", false));
        body.add(longTable());
        return new ReportDocument(info(draft), new Cover(TITLE, "Au service des habitants", "2061",
                "Département de test", picture(200, 80), draft ? "Projet — document de travail du 22 novembre 2061" : null), body);
    }

    /** A final report of one chapter holding {@code blocks}. */
    static ReportDocument withBlocks(DocBlock... blocks) {
        List<DocBlock> body = new ArrayList<>();
        body.add(new TableOfContents("Sommaire"));
        body.add(new PageBreak());
        body.add(new Heading(1, HeadingRole.CHAPTER, "Annexe 1", "Direction de la communication", "annexe-1", true));
        body.addAll(List.of(blocks));
        return new ReportDocument(info(false), new Cover(TITLE, null, "2061", null, null, null), body);
    }

    static Table table(List<String> header, List<List<String>> rows) {
        return new Table(Table.TableKind.DATA, null, header.stream().map(h -> Table.Align.LEFT).toList(),
                header.stream().map(Table.Cell::of).toList(),
                rows.stream().map(row -> row.stream().map(Table.Cell::of).toList()).toList(), null);
    }

    static DocumentInfo info(boolean draft) {
        return new DocumentInfo(TITLE, "fr", draft, draft ? "PROJET" : null, "Département de test", "Camille Martin",
                Instant.parse("2061-11-22T10:00:00Z"));
    }

    static BulletList.ListItem item(String text) {
        return new BulletList.ListItem(List.of(Paragraph.of(text, ParagraphStyle.BODY)));
    }

    static Table longTable() {
        List<List<Table.Cell>> rows = new ArrayList<>();
        for (int i = 1; i <= LONG_TABLE_ROWS; i++) {
            rows.add(List.of(Table.Cell.of("Établissement n°" + NBSP + i), Table.Cell.of("Commune " + i),
                    Table.Cell.of(String.valueOf(i * 12))));
        }
        return new Table(Table.TableKind.DATA, null, List.of(Table.Align.LEFT, Table.Align.LEFT, Table.Align.RIGHT),
                List.of(Table.Cell.of("Établissement"), Table.Cell.of("Commune"), Table.Cell.of("Places")), rows, null);
    }

    static Picture picture(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setPaint(new GradientPaint(0, 0, new Color(0x1F7A8C), width, height, new Color(0xBFDBF7)));
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Picture(png.toByteArray(), "image/png", width, height);
    }
}
