package fr.recueil.demo;

import fr.recueil.organisation.Role;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The demo's people, once: the local demo accounts (README's table) and the same people in the demo
 * directory, whose logins are "prénom.nom" without accents.
 */
final class DemoPeople {

    record Person(String localLogin, String name, Set<Role> roles, List<String> directions) {

        /** "Hélène Dubois" → "helene.dubois". */
        String directoryLogin() {
            String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            return plain.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", ".");
        }

        String email(String login) {
            return login.replace('.', '-') + "@departement.example";
        }
    }

    static final List<Person> ALL = List.of(
            new Person("contributeur.dasipe", "Camille Martin", Set.of(Role.CONTRIBUTOR), List.of("DASIPE")),
            new Person("directrice.dasipe", "Hélène Dubois", Set.of(Role.DIRECTOR), List.of("DASIPE")),
            new Person("contributeur.multi", "Karim Benali", Set.of(Role.CONTRIBUTOR), List.of("DSI", "DAPM")),
            new Person("relecteur.demo", "Sophie Leroy", Set.of(Role.REVIEWER), List.of()),
            new Person("relectrice.demo", "Nadia Haddad", Set.of(Role.REVIEWER), List.of()),
            new Person("communication", "Julien Moreau", Set.of(Role.COMMUNICATION), List.of()),
            new Person("admin", "Administrateur Recueil", Set.of(Role.ADMIN), List.of()));

    private DemoPeople() {
    }
}
