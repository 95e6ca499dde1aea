package fr.recueil.organisation;

/** A directory login that is already the login of a local account: Recueil does not merge them by itself. */
public class DirectoryConflictException extends RuntimeException {

    public DirectoryConflictException(String login) {
        super("the directory login '" + login + "' is already a local account's login");
    }
}
