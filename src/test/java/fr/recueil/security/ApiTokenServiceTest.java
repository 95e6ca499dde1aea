package fr.recueil.security;

import fr.recueil.base.BusinessException;
import fr.recueil.testing.Actors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
class ApiTokenServiceTest {

    @Autowired
    private ApiTokenService tokens;
    @Autowired
    private Actors actors;
    @Autowired
    private JdbcClient jdbc;

    @AfterEach
    void deleteTokens() {
        jdbc.sql("delete from api_token where label like 'test %'").update();
    }

    @Test
    @WithUserDetails("communication")
    void a_token_is_a_prefixed_random_secret_of_which_only_the_sha_256_is_stored() {
        IssuedApiToken issued = tokens.generate("test publication");

        assertThat(issued.secret()).matches("rcl_[A-Za-z0-9_-]{43}");
        List<Map<String, Object>> rows = jdbc.sql("select * from api_token where id = ?")
                .param(issued.token().getId()).query().listOfRows();
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().get("token_hash")).isEqualTo(ApiTokenService.hash(issued.secret()))
                .asString().hasSize(64);
        assertThat(rows.getFirst().values()).noneMatch(value -> String.valueOf(value).contains(issued.secret().substring(4)));
        assertThat(tokens.generate("test autre").secret()).isNotEqualTo(issued.secret());
    }

    @Test
    @WithUserDetails("communication")
    void a_live_token_names_its_owner_and_is_marked_used() {
        IssuedApiToken issued = tokens.generate("test script");
        assertThat(tokens.myTokens().getFirst().getLastUsedAt()).isNull();

        assertThat(tokens.ownerOf(issued.secret())).contains("communication");
        assertThat(tokens.myTokens().getFirst().getLastUsedAt()).isNotNull();
    }

    @Test
    @WithUserDetails("communication")
    void a_revoked_unknown_or_malformed_token_names_nobody() {
        IssuedApiToken issued = tokens.generate("test révoqué");
        tokens.revoke(issued.token().getId());

        assertThat(tokens.ownerOf(issued.secret())).isEmpty();
        assertThat(tokens.ownerOf("rcl_" + "B".repeat(43))).isEmpty();
        assertThat(tokens.ownerOf(issued.secret().substring(4))).isEmpty();
        assertThat(tokens.ownerOf(null)).isEmpty();
        assertThat(tokens.myTokens().getFirst().isRevoked()).isTrue();
    }

    @Test
    void a_user_lists_and_revokes_only_their_own_tokens() {
        IssuedApiToken adminToken = actors.as("admin", () -> tokens.generate("test admin"));

        actors.as("communication", () -> {
            assertThat(tokens.myTokens()).noneMatch(t -> t.getId().equals(adminToken.token().getId()));
            assertThatThrownBy(() -> tokens.revoke(adminToken.token().getId()))
                    .isInstanceOf(BusinessException.class).hasMessage("Ce jeton n'existe pas.");
        });
        assertThat(tokens.ownerOf(adminToken.secret())).contains("admin");
    }

    @Test
    @WithUserDetails("communication")
    void a_token_needs_a_label() {
        assertThatThrownBy(() -> tokens.generate("  ")).isInstanceOf(BusinessException.class)
                .hasMessageStartingWith("Donnez un libellé au jeton");
    }

    @Test
    void only_the_communication_team_and_admins_hold_tokens() {
        for (String login : new String[]{"relecteur.demo", "contributeur.dasipe"}) {
            actors.as(login, () -> {
                assertThatThrownBy(() -> tokens.generate("test pirate")).isInstanceOf(AccessDeniedException.class);
                assertThatThrownBy(() -> tokens.myTokens()).isInstanceOf(AccessDeniedException.class);
            });
        }
    }
}
