package fr.recueil.security;

import fr.recueil.organisation.Role;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class GroupMappingTest {

    private final GroupMapping mapping = new GroupMapping(new GroupMapping.Groups("recueil-contributeurs",
            "recueil-directeurs", "recueil-relecteurs; CN=Dircom,OU=Groupes,DC=cd94,DC=fr", "recueil-communication",
            "recueil-administrateurs"), "recueil-direction-");

    @Test
    void an_active_directory_group_dn_a_keycloak_path_and_a_plain_name_all_match_the_group_name_without_case() {
        assertThat(mapping.roles(List.of("CN=Recueil-Contributeurs,OU=Groupes,DC=cd94,DC=fr"))).containsExactly(Role.CONTRIBUTOR);
        assertThat(mapping.roles(List.of("/applications/recueil/recueil-directeurs"))).containsExactly(Role.DIRECTOR);
        assertThat(mapping.roles(List.of("recueil-administrateurs"))).containsExactly(Role.ADMIN);
    }

    @Test
    void a_role_given_by_several_groups_is_given_by_any_of_them_including_by_full_dn() {
        assertThat(mapping.roles(List.of("cn=dircom, ou=groupes, dc=cd94, dc=fr"))).containsExactly(Role.REVIEWER);
        assertThat(mapping.roles(List.of("recueil-relecteurs"))).containsExactly(Role.REVIEWER);
    }

    @Test
    void groups_that_map_to_nothing_give_no_role() {
        assertThat(mapping.roles(List.of("CN=Domain Users,CN=Users,DC=cd94,DC=fr", "/autre"))).isEmpty();
    }

    @Test
    void direction_groups_name_directions_by_what_follows_the_prefix() {
        assertThat(mapping.directions(List.of("CN=recueil-direction-DASIPE,OU=Groupes,DC=cd94,DC=fr",
                "/recueil/Recueil-Direction-DSI", "recueil-relecteurs", "recueil-direction-")))
                .containsExactly("DASIPE", "DSI");
    }

    @Test
    void without_a_prefix_every_value_of_the_direction_attribute_names_a_direction() {
        GroupMapping byAttribute = new GroupMapping(null, "");

        assertThat(byAttribute.directions(List.of("DASIPE", "Direction des systèmes d'information")))
                .containsExactly("DASIPE", "Direction des systèmes d'information");
        assertThat(byAttribute.roles(List.of("recueil-relecteurs"))).isEmpty();
    }
}
