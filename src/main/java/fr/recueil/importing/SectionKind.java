package fr.recueil.importing;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The sections a direction's chapter is made of, recognised by their title and its usual variants
 * ("Missions du service", "Les faits marquants de l'année", "Le budget (compte administratif 2023)").
 */
enum SectionKind {
    MISSIONS("^(?:les )?(?:principales )?missions?(?: (?:de la|du|de l) [a-z ]{0,40})?$"),
    KEY_FIGURES("^(?:les )?(?:principaux )?(?:chiffres cles|indicateurs cles|chiffres|donnees cles|l activite en chiffres|activite en chiffres)(?: [a-z0-9 ]{0,40})?$"),
    BUDGET("^(?:le |les )?budgets?(?: (?:de la direction|du service|compte administratif|[0-9]{4}|annuel|execute|de l annee))*(?: compte administratif(?: [0-9]{4})?)?$"),
    ACHIEVEMENTS("^(?:les )?(?:grandes |principales )?(?:realisations|faits marquants|temps forts|actions marquantes|projets marquants)(?: [a-z0-9 ]{0,40})?$"),
    /** A free text the direction adds: "Focus", "Zoom sur...", "Perspectives". */
    FREE("^(?:focus|zoom|perspectives|autres elements|evenements marquants|en bref)\\b.*$");

    private final Pattern title;

    SectionKind(String title) {
        this.title = Pattern.compile(title);
    }

    static Optional<SectionKind> of(String heading) {
        String text = Words.normalise(Words.withoutNumbering(heading));
        if (text.split(" ").length > 12) {
            return Optional.empty();
        }
        for (SectionKind kind : values()) {
            if (kind.title.matcher(text).matches()) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
