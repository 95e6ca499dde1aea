package fr.recueil.campaign;

/** A chapter of the report is either a direction's own, or a transversal one owned by a direction. */
public enum OutlineEntryKind {
    TRANSVERSAL,
    DIRECTION
}
