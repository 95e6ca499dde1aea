package fr.recueil.assembly.document;

import java.time.Instant;

/**
 * Facts about the report that every format prints or stores.
 *
 * @param title        the report's title, for the running header and the document properties
 * @param language     BCP 47 tag of the text ("fr")
 * @param draft        a draft carries the {@code draftMark} watermark on every page
 * @param draftMark    the watermark word ("PROJET"), null for a final report
 * @param authority    the authority publishing the report, for the document properties
 * @param author       who exported it
 * @param generatedAt  when it was assembled
 */
public record DocumentInfo(String title, String language, boolean draft, String draftMark, String authority,
                           String author, Instant generatedAt) {

    public DocumentInfo {
        title = Printable.text(title);
        draftMark = Printable.text(draftMark);
        authority = Printable.text(authority);
        author = Printable.text(author);
    }
}
