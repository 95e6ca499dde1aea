/** The content model of a chapter: its typed blocks. Read and built by other modules (demo, import, assembly). */
@org.springframework.modulith.NamedInterface("content")
package fr.recueil.chapter.content;
