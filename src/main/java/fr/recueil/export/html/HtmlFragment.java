package fr.recueil.export.html;

/**
 * The report as pieces for a page that already has its own {@code <html>}: the style sheet (every
 * rule scoped under the document's root class, so it neither leaks out nor depends on the page), the
 * table of contents as a nested list of links, and the document in one root {@code <div>}.
 */
public record HtmlFragment(String css, String tocHtml, String bodyHtml) {
}
