package fr.recueil.organisation;

/**
 * An account was deactivated (by an administrator, or by the directory that no longer knows it):
 * its open sessions must end now. Published within the deactivating transaction.
 */
public record AccountDeactivated(long userId, String login) {
}
