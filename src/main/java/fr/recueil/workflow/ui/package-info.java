/**
 * The workflow's pages and pieces other pages reuse: the actions a user may take on a chapter,
 * its state badge, a read-only rendering of its content, the history page.
 */
@org.springframework.modulith.NamedInterface("ui")
package fr.recueil.workflow.ui;
