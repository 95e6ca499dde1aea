package fr.recueil.importing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import fr.recueil.importing.FidelityReport;

import java.text.NumberFormat;

/**
 * After the import: the share of the chapters' text placed (green from 99.5 %, amber below), what
 * was recognised and deliberately not imported, and every paragraph that was not placed.
 */
class FidelityPanel extends Div {

    FidelityPanel(FidelityReport report, Runnable onAgain) {
        setId("import-fidelity");
        addClassName("recueil-import-fidelity");
        add(new H2(getTranslation("import.fidelity.title", report.campaignTitle())));
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(1);
        Span percent = new Span(getTranslation("import.fidelity.percent", format.format(report.percentPlaced())));
        percent.setId("import-fidelity-percent");
        percent.addClassName("recueil-import-percent");
        percent.addClassName(report.faithful() ? "recueil-import-percent--faithful" : "recueil-import-percent--partial");
        add(percent, new Paragraph(getTranslation("import.fidelity.detail", report.placedCharacters(),
                report.totalCharacters(), report.importedChapters(), report.fileName())));
        if (!report.faithful()) {
            Paragraph partial = new Paragraph(getTranslation("import.fidelity.partial"));
            partial.addClassName("recueil-import-partial");
            add(partial);
        }
        if (!report.recognised().isEmpty()) {
            UnorderedList recognised = new UnorderedList();
            recognised.setId("import-recognised");
            for (FidelityReport.Recognised part : report.recognised()) {
                recognised.add(new ListItem(getTranslation("import.fidelity.kind." + part.kind().name(), part.paragraphs())));
            }
            add(new H3(getTranslation("import.fidelity.recognised")), recognised);
        }
        if (report.unplaced().isEmpty()) {
            add(new Paragraph(getTranslation("import.fidelity.allPlaced")));
        } else {
            add(new H3(getTranslation("import.fidelity.unplaced", report.unplaced().size())));
            UnorderedList list = new UnorderedList();
            list.setId("import-unplaced");
            for (FidelityReport.Unplaced unplaced : report.unplaced()) {
                Span reason = new Span(unplaced.reason() == FidelityReport.Reason.OUTSIDE_CHAPTERS
                        ? getTranslation("import.fidelity.outside")
                        : getTranslation("import.fidelity.ignored", unplaced.chapterHeading()));
                reason.addClassName("recueil-import-reason");
                list.add(new ListItem(reason, new Span(unplaced.text())));
            }
            add(list);
        }
        Button again = new Button(getTranslation("import.fidelity.again"), e -> onAgain.run());
        again.setId("import-again");
        add(again);
    }
}
