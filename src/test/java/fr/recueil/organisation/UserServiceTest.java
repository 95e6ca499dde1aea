package fr.recueil.organisation;

import fr.recueil.base.BusinessException;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * User accounts against the demo users. Changes that succeed run in a rolled-back test transaction;
 * refusals run in the service's own transaction, so "nothing is stored" is checked for real.
 */
@SpringBootTest
@WithUserDetails("admin")
class UserServiceTest {

    @Autowired
    UserService users;
    @Autowired
    OrganisationService organisation;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    EntityManager entityManager;

    // --- changes

    @Test
    @Transactional
    void a_created_user_gets_a_generated_password_that_works_and_is_stored_only_as_a_hash() {
        long dsi = directionId("DSI");

        String password = users.createWithGeneratedPassword(new UserDraft("  Jeanne.Durand ", "Jeanne Durand",
                "jeanne.durand@departement.example", Set.of(Role.CONTRIBUTOR), Set.of(dsi)));

        UserAccount created = account("jeanne.durand");
        assertThat(password).hasSize(14);
        assertThat(created.getPasswordHash()).isNotEqualTo(password);
        assertThat(passwordEncoder.matches(password, created.getPasswordHash())).isTrue();
        assertThat(created.getRoles()).containsExactly(Role.CONTRIBUTOR);
        assertThat(created.getDirectionIds()).containsExactly(dsi);
        assertThat(created.isActive()).isTrue();
        assertThat(users.users()).extracting(UserAccount::getLogin).contains("jeanne.durand");
    }

    @Test
    @Transactional
    void an_update_changes_name_address_roles_and_directions() {
        UserAccount reviewer = account("relecteur.demo");
        long demo = directionId("DEMO");

        users.update(reviewer.getId(), new UserDraft("relecteur.demo", "Sophie Leroy-Martin", "sophie.leroy@departement.example",
                Set.of(Role.REVIEWER, Role.DIRECTOR), Set.of(demo)), reviewer.getVersion());

        UserAccount after = account("relecteur.demo");
        assertThat(after.getDisplayName()).isEqualTo("Sophie Leroy-Martin");
        assertThat(after.getEmail()).isEqualTo("sophie.leroy@departement.example");
        assertThat(after.getRoles()).containsExactlyInAnyOrder(Role.REVIEWER, Role.DIRECTOR);
        assertThat(after.getDirectionIds()).containsExactly(demo);
    }

    @Test
    @Transactional
    void an_update_based_on_a_version_changed_meanwhile_is_refused_as_a_concurrent_change() {
        UserAccount reviewer = account("relectrice.demo");
        long seen = reviewer.getVersion();
        users.update(reviewer.getId(), new UserDraft("relectrice.demo", "Nadia Haddad (DEMO)", reviewer.getEmail(),
                reviewer.getRoles(), reviewer.getDirectionIds()), seen);
        entityManager.flush(); // as the other administrator's save would have been committed

        assertThatThrownBy(() -> users.update(reviewer.getId(), new UserDraft("relectrice.demo", "Nadia H.",
                reviewer.getEmail(), reviewer.getRoles(), reviewer.getDirectionIds()), seen))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("Quelqu'un d'autre a modifié « relectrice.demo » entre-temps. "
                                + "Rechargez la page pour voir sa version, puis refaites votre changement."));
        assertThat(account("relectrice.demo").getDisplayName()).isEqualTo("Nadia Haddad (DEMO)");
    }

    @Test
    @Transactional
    void a_reset_password_works_and_the_old_one_no_longer_does() {
        UserAccount contributor = account("contributeur.multi");

        String password = users.resetPassword(contributor.getId());

        String hash = account("contributeur.multi").getPasswordHash();
        assertThat(passwordEncoder.matches(password, hash)).isTrue();
        assertThat(passwordEncoder.matches("recueil-demo", hash)).isFalse();
    }

    @Test
    @Transactional
    void a_deactivated_user_can_be_reactivated() {
        UserAccount communication = account("communication");

        users.setActive(communication.getId(), false);
        assertThat(account("communication").isActive()).isFalse();

        users.setActive(communication.getId(), true);
        assertThat(account("communication").isActive()).isTrue();
    }

    // --- refusals: a French message, and nothing stored

    @ParameterizedTest
    @ValueSource(strings = {"communication", "COMMUNICATION", " Communication "})
    void a_duplicate_login_is_refused_whatever_its_case_and_nothing_is_stored(String login) {
        int count = users.users().size();

        assertThatThrownBy(() -> users.createWithGeneratedPassword(new UserDraft(login, "Un homonyme",
                "homonyme@departement.example", Set.of(Role.REVIEWER), Set.of())))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("L'identifiant « communication » est déjà utilisé."));

        assertThat(users.users()).hasSize(count).extracting(UserAccount::getDisplayName).doesNotContain("Un homonyme");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jean.dupont", "jean.dupont@departement", "jean dupont@departement.fr",
            "@departement.fr", "jean@@departement.fr", "jean@departement..fr", "jean@.fr", "jean@departement.fr.",
            "jean.dupont@départe ment.fr", "jean.dupont@departement@fr"})
    void an_invalid_email_address_is_refused_and_nothing_is_stored(String email) {
        int count = users.users().size();

        assertThatThrownBy(() -> users.createWithGeneratedPassword(new UserDraft("test.adresse", "Test Adresse",
                email, Set.of(Role.REVIEWER), Set.of())))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.email.invalid");
                    assertThat(e.getMessage()).isEqualTo("L'adresse électronique « " + email
                            + " » n'est pas valide (exemple : prenom.nom@departement.fr).");
                });

        assertThat(users.users()).hasSize(count);
        assertThat(users.findForAuthentication("test.adresse")).isEmpty();
    }

    @Test
    void an_e_mail_address_of_ten_thousand_characters_is_refused_with_a_shortened_message() {
        String email = "a".repeat(10_000) + "@departement.fr";

        assertThatThrownBy(() -> users.createWithGeneratedPassword(new UserDraft("test.longue", "Test Longue",
                email, Set.of(Role.REVIEWER), Set.of())))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getMessage()).hasSizeLessThan(200));
        assertThat(users.findForAuthentication("test.longue")).isEmpty();
    }

    @Test
    void an_invalid_email_address_on_update_leaves_the_account_as_it_was() {
        UserAccount contributor = account("contributeur.dasipe");

        assertThatThrownBy(() -> users.update(contributor.getId(), new UserDraft("contributeur.dasipe", "Camille Martin-Durand",
                "camille.martin", contributor.getRoles(), contributor.getDirectionIds()), contributor.getVersion()))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.email.invalid"));

        UserAccount after = account("contributeur.dasipe");
        assertThat(after.getDisplayName()).isEqualTo("Camille Martin");
        assertThat(after.getEmail()).isEqualTo(contributor.getEmail());
        assertThat(after.getVersion()).isEqualTo(contributor.getVersion());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "jean dupont", "jéan.dupont", ".jean", "jean/dupont", "jean@dupont"})
    void an_invalid_login_is_refused_and_nothing_is_stored(String login) {
        int count = users.users().size();

        assertThatThrownBy(() -> users.createWithGeneratedPassword(new UserDraft(login, "Test Identifiant",
                "test.identifiant@departement.example", Set.of(Role.REVIEWER), Set.of())))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.messageKey()).isIn("error.login.required", "error.login.invalid");
                    assertThat(e.getMessage()).startsWith("L'identifiant");
                });
        assertThat(users.users()).hasSize(count);
    }

    @Test
    void an_empty_or_ten_thousand_character_display_name_is_refused() {
        int count = users.users().size();

        assertThatThrownBy(() -> users.createWithGeneratedPassword(new UserDraft("test.nom", " ",
                "test.nom@departement.example", Set.of(Role.REVIEWER), Set.of())))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("Le nom est obligatoire."));
        assertThatThrownBy(() -> users.createWithGeneratedPassword(new UserDraft("test.nom", "B".repeat(10_000),
                "test.nom@departement.example", Set.of(Role.REVIEWER), Set.of())))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessage()).matches("Le nom ne doit pas dépasser 200 caractères \\(il en compte 10\\h000\\)\\."));
        assertThat(users.users()).hasSize(count);
    }

    @Test
    void a_user_without_a_role_or_a_contributor_without_a_direction_is_refused() {
        int count = users.users().size();

        assertThatThrownBy(() -> users.createWithGeneratedPassword(new UserDraft("test.roles", "Test Rôles",
                "test.roles@departement.example", Set.of(), Set.of())))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("Choisissez au moins un rôle."));
        assertThatThrownBy(() -> users.createWithGeneratedPassword(new UserDraft("test.roles", "Test Rôles",
                "test.roles@departement.example", Set.of(Role.CONTRIBUTOR), Set.of())))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("Un contributeur ou un directeur doit appartenir à au moins une direction."));
        assertThatThrownBy(() -> users.createWithGeneratedPassword(new UserDraft("test.roles", "Test Rôles",
                "test.roles@departement.example", Set.of(Role.DIRECTOR), Set.of())))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.user.noDirection"));

        assertThat(users.users()).hasSize(count);
    }

    @Test
    void an_administrator_can_neither_deactivate_their_own_account_nor_drop_their_own_admin_role() {
        UserAccount admin = account("admin");

        assertThatThrownBy(() -> users.setActive(admin.getId(), false))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("Vous ne pouvez pas désactiver votre propre compte."));
        assertThatThrownBy(() -> users.update(admin.getId(), new UserDraft("admin", admin.getDisplayName(),
                admin.getEmail(), Set.of(Role.REVIEWER), Set.of()), admin.getVersion()))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("Vous ne pouvez pas retirer votre propre rôle d'administrateur."));

        UserAccount after = account("admin");
        assertThat(after.isActive()).isTrue();
        assertThat(after.getRoles()).containsExactly(Role.ADMIN);
    }

    // --- method security

    @Test
    @WithUserDetails("contributeur.dasipe")
    void a_contributor_can_neither_list_nor_manage_users() {
        long someone = users.findForAuthentication("communication").orElseThrow().getId();
        UserDraft draft = new UserDraft("pirate", "Pirate", "pirate@departement.example", Set.of(Role.ADMIN), Set.of());

        assertThatThrownBy(() -> users.users()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.createWithGeneratedPassword(draft)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.create(draft, "mot-de-passe-pirate")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.update(someone, draft, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.resetPassword(someone)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> users.setActive(someone, false)).isInstanceOf(AccessDeniedException.class);

        assertThat(users.findForAuthentication("pirate")).isEmpty();
        assertThat(users.findForAuthentication("communication").orElseThrow().isActive()).isTrue();
    }

    private UserAccount account(String login) {
        return users.users().stream().filter(u -> u.getLogin().equals(login)).findFirst().orElseThrow();
    }

    private long directionId(String shortName) {
        return organisation.directions().stream().filter(d -> d.getShortName().equals(shortName))
                .findFirst().orElseThrow().getId();
    }
}
