package fr.recueil.assembly.document;

/** The next block starts on a new page (in formats that have pages). */
public record PageBreak() implements DocBlock {
}
