package fr.recueil.importing;

/**
 * What a chapter of the document can be imported as: a direction's chapter or a transversal entry
 * (identified by the transversal entry's id). {@code label} is what the user sees.
 */
public record ImportTarget(Kind kind, long id, String name, String acronym, String label) {

    public enum Kind { DIRECTION, TRANSVERSAL }

    public String key() {
        return kind.name().charAt(0) + ":" + id;
    }
}
