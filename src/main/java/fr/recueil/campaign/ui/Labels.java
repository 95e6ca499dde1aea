package fr.recueil.campaign.ui;

import com.vaadin.flow.component.Component;
import fr.recueil.campaign.OutlinePart;

/** Texts shared by the campaign pages. */
final class Labels {

    private Labels() {
    }

    /** The heading a chapter is listed under: the pôle's name, "Chapitres transversaux" or "Hors pôle". */
    static String part(Component source, OutlinePart.Kind kind, String poleName) {
        if (kind == OutlinePart.Kind.POLE) {
            return poleName == null ? "?" : poleName;
        }
        return source.getTranslation("report.part." + kind.name());
    }

    static String annex(Component source, int annexNumber) {
        return source.getTranslation("report.annex", annexNumber);
    }
}
