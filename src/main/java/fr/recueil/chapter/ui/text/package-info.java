/**
 * The WYSIWYG text field (Quill, loaded from its webjar at run time) that stores sanitised CommonMark,
 * shared by the chapter editor and the report's editorial.
 */
@org.springframework.modulith.NamedInterface("text")
package fr.recueil.chapter.ui.text;
