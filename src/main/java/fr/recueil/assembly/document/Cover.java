package fr.recueil.assembly.document;

/**
 * The cover page.
 *
 * @param subtitle  may be null
 * @param authority the authority's name ("Département du Val-de-Marne"), may be null
 * @param logo      may be null
 * @param notice    a line under the title on a draft ("Projet — document de travail du 22 novembre 2026"), may be null
 */
public record Cover(String title, String subtitle, String yearLabel, String authority, Picture logo, String notice) {

    public Cover {
        title = Printable.text(title);
        subtitle = Printable.text(subtitle);
        yearLabel = Printable.text(yearLabel);
        authority = Printable.text(authority);
        notice = Printable.text(notice);
    }
}
