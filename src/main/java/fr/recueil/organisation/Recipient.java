package fr.recueil.organisation;

/** Whom to tell something: enough to address them, in their language. */
public record Recipient(String login, String displayName, String email, String locale) {

    static Recipient of(UserAccount user) {
        return new Recipient(user.getLogin(), user.getDisplayName(), user.getEmail(), user.getLocale());
    }
}
