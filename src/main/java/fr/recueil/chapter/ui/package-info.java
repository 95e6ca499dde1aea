/**
 * The chapter's pages (editor, history) and the pieces other pages reuse: the workflow actions a
 * user may take on a chapter, its state badge, a read-only rendering of its content.
 */
@org.springframework.modulith.NamedInterface("ui")
package fr.recueil.chapter.ui;
