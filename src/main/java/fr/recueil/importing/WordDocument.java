package fr.recueil.importing;

import java.util.List;

/**
 * What was read from the Word file: the body in reading order, the entries of its table of
 * contents when it has one, and whether it carried macros (ignored, never run nor kept).
 */
record WordDocument(List<WordElement> elements, List<String> tableOfContents, boolean hadMacros) {

    WordDocument {
        elements = List.copyOf(elements);
        tableOfContents = List.copyOf(tableOfContents);
    }
}
