package fr.recueil.campaign.ui;

import com.vaadin.flow.component.Component;

/** Texts shared by the campaign pages. */
final class Labels {

    private Labels() {
    }

    /** The heading a chapter is listed under: its part's title, or "Chapitres transversaux". */
    static String part(Component source, String partTitle) {
        return partTitle == null ? source.getTranslation("report.part.TRANSVERSAL") : partTitle;
    }

    static String annex(Component source, int annexNumber) {
        return source.getTranslation("report.annex", annexNumber);
    }
}
