package fr.recueil.organisation;

/**
 * What a request re-checks of its user's account: whether it is still active, and its version, which
 * changes with every change of the account (roles, directions, password, name, deactivation).
 */
public record AccountStamp(boolean active, long version) {
}
