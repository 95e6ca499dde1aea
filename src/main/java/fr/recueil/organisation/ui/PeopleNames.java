package fr.recueil.organisation.ui;

import fr.recueil.organisation.Recipient;
import fr.recueil.organisation.UserService;

import java.util.HashMap;
import java.util.Map;

/** People as the pages name them: their display name, or their login when the account is gone. */
public final class PeopleNames {

    private final UserService users;
    private final Map<String, String> names = new HashMap<>();

    public PeopleNames(UserService users) {
        this.users = users;
    }

    public String of(String login) {
        if (login == null) {
            return "";
        }
        return names.computeIfAbsent(login, l -> users.recipient(l).map(Recipient::displayName)
                .filter(name -> name != null && !name.isBlank()).orElse(l));
    }
}
