package fr.recueil.organisation;

import fr.recueil.base.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Pôles and directions against the demo organisation. Changes that succeed run in a test
 * transaction that is rolled back; refusals run in the service's own transaction, so that
 * "nothing is stored" is checked as it happens in the application.
 */
@SpringBootTest
@WithUserDetails("admin")
class OrganisationServiceTest {

    @Autowired
    OrganisationService organisation;
    @Autowired
    UserService users;

    // --- changes

    @Test
    @Transactional
    void a_new_pole_comes_last_and_a_new_direction_comes_last_in_its_pole() {
        Pole pole = organisation.createPole("Pôle de test");
        Direction first = organisation.createDirection("Direction de test A", "DTA", pole.getId());
        Direction second = organisation.createDirection("Direction de test B", null, pole.getId());

        assertThat(organisation.poles()).last().extracting(Pole::getName).isEqualTo("Pôle de test");
        assertThat(directionsOf(pole.getId())).extracting(Direction::getName)
                .containsExactly("Direction de test A", "Direction de test B");
        assertThat(first.getShortName()).isEqualTo("DTA");
        assertThat(second.getShortName()).isEqualTo("Direction de test B");
    }

    @Test
    @Transactional
    void a_stand_alone_direction_comes_after_every_pole() {
        Direction direction = organisation.createDirection("Mission de test hors pôle", "MTHP", null);

        assertThat(organisation.directions()).last().isSameAs(direction);
        assertThat(direction.getPole()).isNull();
    }

    @Test
    @Transactional
    void a_renamed_pole_keeps_its_place_and_its_directions() {
        Pole solidarity = pole("Pôle solidarités");
        int directionCount = directionsOf(solidarity.getId()).size();

        organisation.renamePole(solidarity.getId(), "  Pôle des solidarités  ", solidarity.getVersion());

        Pole renamed = organisation.poles().getFirst();
        assertThat(renamed.getId()).isEqualTo(solidarity.getId());
        assertThat(renamed.getName()).isEqualTo("Pôle des solidarités");
        assertThat(directionsOf(renamed.getId())).hasSize(directionCount);
    }

    @Test
    @Transactional
    void moving_a_pole_up_swaps_it_with_the_one_before_and_the_first_pole_cannot_go_higher() {
        List<Long> before = organisation.poles().stream().map(Pole::getId).toList();

        organisation.movePole(before.get(1), -1);
        organisation.movePole(before.get(1), -1); // already first: nothing changes

        List<Long> after = organisation.poles().stream().map(Pole::getId).toList();
        assertThat(after.subList(0, 3)).containsExactly(before.get(1), before.get(0), before.get(2));
        assertThat(after.subList(3, after.size())).isEqualTo(before.subList(3, before.size()));
    }

    @Test
    @Transactional
    void moving_a_direction_down_swaps_it_with_the_next_one_of_its_pole_only() {
        Pole solidarity = pole("Pôle solidarités");
        List<String> before = directionsOf(solidarity.getId()).stream().map(Direction::getShortName).toList();
        assertThat(before).startsWith("DASIPE", "DPEJ");

        organisation.moveDirection(direction("DASIPE").getId(), 1);
        Direction last = directionsOf(solidarity.getId()).getLast();
        organisation.moveDirection(last.getId(), 1); // already last of its pôle: it does not jump to the next pôle

        assertThat(directionsOf(solidarity.getId())).extracting(Direction::getShortName)
                .startsWith("DPEJ", "DASIPE").hasSameSizeAs(before).last().isEqualTo(last.getShortName());
    }

    @Test
    @Transactional
    void a_direction_moved_to_another_pole_comes_last_there() {
        Direction dsi = direction("DSI");
        Pole culture = pole("Pôle culture et rayonnement");

        organisation.updateDirection(dsi.getId(), dsi.getName(), "DSI", culture.getId(), dsi.getVersion());

        assertThat(directionsOf(culture.getId())).last().extracting(Direction::getShortName).isEqualTo("DSI");
    }

    @Test
    @Transactional
    void a_deactivated_pole_and_direction_stay_listed_as_inactive_and_can_be_reactivated() {
        Pole culture = pole("Pôle culture et rayonnement");
        Direction dad = direction("DAD");

        organisation.setPoleActive(culture.getId(), false);
        organisation.setDirectionActive(dad.getId(), false);
        assertThat(pole("Pôle culture et rayonnement").isActive()).isFalse();
        assertThat(direction("DAD").isActive()).isFalse();

        organisation.setPoleActive(culture.getId(), true);
        organisation.setDirectionActive(dad.getId(), true);
        assertThat(pole("Pôle culture et rayonnement").isActive()).isTrue();
        assertThat(direction("DAD").isActive()).isTrue();
    }

    @Test
    @Transactional
    void an_empty_pole_and_a_direction_without_content_can_be_deleted() {
        Pole pole = organisation.createPole("Pôle éphémère");
        Direction direction = organisation.createDirection("Direction éphémère", "DEPH", pole.getId());

        organisation.deleteDirection(direction.getId());
        organisation.deletePole(pole.getId());

        assertThat(organisation.poles()).extracting(Pole::getName).doesNotContain("Pôle éphémère");
        assertThat(organisation.directions()).extracting(Direction::getName).doesNotContain("Direction éphémère");
    }

    // --- refusals: a French message, and nothing stored

    @ParameterizedTest
    @ValueSource(strings = {"DASIPE", "dasipe", " Dasipe "})
    void a_duplicate_acronym_is_refused_whatever_its_case_and_nothing_is_stored(String acronym) {
        int count = organisation.directions().size();

        assertThatThrownBy(() -> organisation.createDirection("Direction en double", acronym, null))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.direction.duplicateAcronym");
                    assertThat(e.getMessage()).isEqualTo("Le sigle « " + acronym.strip()
                            + " » est déjà celui d'une autre direction.");
                });

        assertThat(organisation.directions()).hasSize(count)
                .extracting(Direction::getName).doesNotContain("Direction en double");
    }

    @Test
    void changing_an_acronym_to_another_directions_one_is_refused_and_nothing_is_changed() {
        Direction dpej = direction("DPEJ");

        assertThatThrownBy(() -> organisation.updateDirection(dpej.getId(), "Nouveau nom", "dasipe", dpej.getPoleId(),
                dpej.getVersion()))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.direction.duplicateAcronym"));

        Direction after = direction("DPEJ");
        assertThat(after.getName()).isEqualTo(dpej.getName());
        assertThat(after.getVersion()).isEqualTo(dpej.getVersion());
    }

    @Test
    void a_duplicate_direction_name_is_refused_whatever_its_case_and_nothing_is_stored() {
        int count = organisation.directions().size();

        assertThatThrownBy(() -> organisation.createDirection("DIRECTION DES CRÈCHES", "DC2", null))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.direction.duplicateName");
                    assertThat(e.getMessage()).isEqualTo("Une direction s'appelle déjà « DIRECTION DES CRÈCHES ».");
                });
        assertThat(organisation.directions()).hasSize(count);
    }

    @Test
    void a_duplicate_pole_name_is_refused_and_nothing_is_stored() {
        int count = organisation.poles().size();

        assertThatThrownBy(() -> organisation.createPole("pôle ressources"))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("Un pôle s'appelle déjà « pôle ressources »."));
        assertThat(organisation.poles()).hasSize(count);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\t\n"})
    void an_empty_name_is_refused_and_nothing_is_stored(String name) {
        int poles = organisation.poles().size();
        int directions = organisation.directions().size();

        assertThatThrownBy(() -> organisation.createPole(name))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("Le nom est obligatoire."));
        assertThatThrownBy(() -> organisation.createDirection(name, "VIDE", null))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("Le nom est obligatoire."));

        assertThat(organisation.poles()).hasSize(poles);
        assertThat(organisation.directions()).hasSize(directions);
    }

    @Test
    void a_name_of_ten_thousand_characters_is_refused_and_nothing_is_stored() {
        String name = "A".repeat(10_000);
        int directions = organisation.directions().size();
        Pole solidarity = pole("Pôle solidarités");

        assertThatThrownBy(() -> organisation.createDirection(name, "LONG", null))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.name.tooLong");
                    // French number: "10 000" with a (narrow) no-break space.
                    assertThat(e.getMessage()).matches("Le nom ne doit pas dépasser 200 caractères \\(il en compte 10\\h000\\)\\.");
                });
        assertThatThrownBy(() -> organisation.renamePole(solidarity.getId(), name, solidarity.getVersion()))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessage()).matches(".*il en compte 10\\h000\\)\\."));

        assertThat(organisation.directions()).hasSize(directions);
        assertThat(pole("Pôle solidarités").getVersion()).isEqualTo(solidarity.getVersion());
    }

    @Test
    void an_acronym_longer_than_thirty_characters_is_refused() {
        assertThatThrownBy(() -> organisation.createDirection("Direction au sigle trop long", "A".repeat(31), null))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.getMessage()).isEqualTo("Le sigle ne doit pas dépasser 30 caractères."));
        assertThat(organisation.directions()).extracting(Direction::getName).doesNotContain("Direction au sigle trop long");
    }

    @Test
    void a_change_based_on_a_stale_version_is_refused_as_a_concurrent_change() {
        Direction dpej = direction("DPEJ");
        Pole solidarity = pole("Pôle solidarités");

        assertThatThrownBy(() -> organisation.updateDirection(dpej.getId(), "Autre nom", "DPEJ", dpej.getPoleId(),
                dpej.getVersion() - 1))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getMessage())
                        .startsWith("Quelqu'un d'autre a modifié « Direction de la protection de l'enfance"));
        assertThatThrownBy(() -> organisation.renamePole(solidarity.getId(), "Autre nom", solidarity.getVersion() + 1))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.concurrentChange"));

        assertThat(direction("DPEJ").getName()).isEqualTo(dpej.getName());
        assertThat(pole("Pôle solidarités").getName()).isEqualTo("Pôle solidarités");
    }

    @Test
    void a_direction_with_members_cannot_be_deleted() {
        Direction dasipe = direction("DASIPE");

        assertThatThrownBy(() -> organisation.deleteDirection(dasipe.getId()))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.direction.hasContent");
                    assertThat(e.getMessage()).startsWith("La direction « Direction de l'action sociale,")
                            .endsWith("elle ne peut pas être supprimée. Désactivez-la plutôt.");
                });
        assertThat(organisation.direction(dasipe.getId())).isPresent();
    }

    @Test
    void a_direction_named_in_a_campaign_outline_cannot_be_deleted() {
        Direction dpej = direction("DPEJ");
        // No member and no transversal chapter: only the 2024 campaign's outline names it.
        assertThat(users.users()).noneMatch(u -> u.getDirectionIds().contains(dpej.getId()));
        assertThat(organisation.transversalEntries()).noneMatch(t -> t.getOwnerDirectionId().equals(dpej.getId()));

        assertThatThrownBy(() -> organisation.deleteDirection(dpej.getId()))
                .isInstanceOfSatisfying(BusinessException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.direction.hasContent"));
        assertThat(organisation.direction(dpej.getId())).isPresent();
    }

    @Test
    void a_pole_that_still_has_directions_cannot_be_deleted() {
        Pole resources = pole("Pôle ressources");

        assertThatThrownBy(() -> organisation.deletePole(resources.getId()))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getMessage())
                        .isEqualTo("Le pôle « Pôle ressources » contient encore des directions : déplacez-les ou désactivez le pôle."));
        assertThat(organisation.poles()).extracting(Pole::getName).contains("Pôle ressources");
    }

    // --- method security

    @Test
    @WithUserDetails("contributeur.dasipe")
    void a_contributor_reads_the_organisation_but_cannot_change_it() {
        assertThat(organisation.directions()).isNotEmpty();
        Direction dasipe = direction("DASIPE");
        Pole pole = pole("Pôle solidarités");

        assertThatThrownBy(() -> organisation.createPole("Pôle pirate")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisation.renamePole(pole.getId(), "Pôle pirate", pole.getVersion()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisation.movePole(pole.getId(), 1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisation.deletePole(pole.getId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisation.createDirection("Direction pirate", "PIR", null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisation.updateDirection(dasipe.getId(), "Pirate", "PIR", null, dasipe.getVersion()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisation.setDirectionActive(dasipe.getId(), false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisation.deleteDirection(dasipe.getId())).isInstanceOf(AccessDeniedException.class);

        assertThat(direction("DASIPE").isActive()).isTrue();
        assertThat(organisation.poles()).extracting(Pole::getName).doesNotContain("Pôle pirate");
    }

    private Pole pole(String name) {
        return organisation.poles().stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow();
    }

    private Direction direction(String shortName) {
        return organisation.directions().stream().filter(d -> d.getShortName().equals(shortName)).findFirst().orElseThrow();
    }

    private List<Direction> directionsOf(Long poleId) {
        return organisation.directions().stream().filter(d -> Objects.equals(d.getPoleId(), poleId)).toList();
    }
}
