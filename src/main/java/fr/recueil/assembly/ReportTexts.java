package fr.recueil.assembly;

import fr.recueil.base.Translations;
import fr.recueil.chapter.ChapterState;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The words Recueil itself writes into the report. Every document it produces is in French,
 * whatever the language of the person who exports it.
 */
final class ReportTexts {

    static final String TOC_TITLE = "Sommaire";
    /** The part heading of the chapters outside any pôle (human resources, budget execution). */
    static final String TRANSVERSAL_TITLE = "Chapitres transversaux";
    static final String DRAFT_MARK = "PROJET";
    static final String MISSING_TITLE = "Chapitres manquants ou non validés";
    static final String LANGUAGE = "fr";
    static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH'h'mm", Locale.FRENCH);

    private ReportTexts() {
    }

    static String annex(int number) {
        return "Annexe " + number;
    }

    static String date(LocalDate date) {
        return DATE.format(date);
    }

    static String draftNotice(ZonedDateTime at) {
        return "Projet — document de travail du " + DATE_TIME.format(at);
    }

    static String missingIntro(int missing, int total) {
        return "Ce projet ne contient que les chapitres validés. " + missing + " chapitre" + (missing > 1 ? "s" : "")
                + " sur " + total + (missing > 1 ? " n'y figurent" : " n'y figure") + " pas encore\u00A0:";
    }

    static String state(ChapterState state) {
        return state == null ? "Non créé" : Translations.french(state.labelKey());
    }
}
