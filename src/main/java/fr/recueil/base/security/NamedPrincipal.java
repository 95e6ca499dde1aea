package fr.recueil.base.security;

/** What the shell needs to know of whoever is logged in, without depending on how they logged in. */
public interface NamedPrincipal {

    String displayName();

    /** The language code the user chose ("fr", "en"), or null while they have not chosen. */
    String preferredLanguage();
}
