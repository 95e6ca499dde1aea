package fr.recueil.base;

/** A value shown to users by its translated label (roles, statuses), also inside messages. */
public interface Translatable {

    String labelKey();
}
