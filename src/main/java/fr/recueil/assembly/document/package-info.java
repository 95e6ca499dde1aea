/**
 * The consolidated report as a format-neutral document: what it says and how it is structured
 * (headings, paragraphs with inline styles, lists, key figures, tables, figures, timelines, page
 * breaks, table-of-contents entries), never how a format draws it. Assembly builds it; the PDF,
 * DOCX and HTML renderers walk it. Every text in it is final: French typography applied, numbers
 * formatted, nothing left for a renderer to decide.
 */
@org.springframework.modulith.NamedInterface("document")
package fr.recueil.assembly.document;
