package fr.recueil.security;

import fr.recueil.organisation.Role;
import fr.recueil.organisation.UserAccount;
import fr.recueil.organisation.UserDraft;
import fr.recueil.organisation.UserService;
import fr.recueil.testing.Actors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A logged-in user's session follows their account: what the administrator changes applies at the next request. */
@SpringBootTest
class AccountRecheckTest {

    @Autowired
    AccountRecheck recheck;
    @Autowired
    UserService users;
    @Autowired
    RecueilUserDetailsService userDetails;
    @Autowired
    Actors actors;
    @Autowired
    JdbcClient jdbc;

    private String login;
    private long userId;
    private MockHttpSession session;

    @BeforeEach
    void logIn() {
        login = "recheck-" + UUID.randomUUID().toString().substring(0, 8);
        UserAccount account = actors.as("admin", () -> users.create(new UserDraft(login, "Claire Recheck",
                login + "@departement.example", Set.of(Role.REVIEWER, Role.COMMUNICATION), Set.of()),
                "un mot de passe assez long"));
        userId = account.getId();
        session = new MockHttpSession();
        RecueilUser user = (RecueilUser) userDetails.loadUserByUsername(login);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        request();
    }

    @AfterEach
    void tidy() {
        SecurityContextHolder.clearContext();
        jdbc.sql("delete from app_user where login = ?").param(login).update();
    }

    @Test
    void a_role_removed_by_the_administrator_no_longer_applies_at_the_users_next_request() {
        UserAccount account = actors.as("admin", () -> users.users().stream()
                .filter(u -> u.getId() == userId).findFirst().orElseThrow());
        actors.as("admin", () -> users.update(userId, new UserDraft(login, "Claire Recheck",
                account.getEmail(), Set.of(Role.REVIEWER), Set.of()), account.getVersion()));

        request();

        RecueilUser now = (RecueilUser) SecurityContextHolder.getContext().getAuthentication().getPrincipal();
        assertThat(now.roles()).containsExactly(Role.REVIEWER);
        assertThat(now.getAuthorities()).extracting(Object::toString).containsExactly(Role.REVIEWER.authority());
        // Kept in the session, so the following requests start from the current account.
        SecurityContext saved = (SecurityContext) session.getAttribute(
                HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(((RecueilUser) saved.getAuthentication().getPrincipal()).roles()).containsExactly(Role.REVIEWER);
    }

    @Test
    void deactivating_an_account_ends_its_open_session_at_once_without_waiting_for_a_request() {
        assertThat(recheck.openSessions(userId)).isEqualTo(1);

        actors.as("admin", () -> users.setActive(userId, false));

        assertThat(session.isInvalid()).isTrue();
        assertThat(recheck.openSessions(userId)).isZero();
    }

    @Test
    void a_request_made_with_the_principal_of_a_deactivated_account_goes_on_as_nobody_and_ends_the_session() {
        // Deactivated behind this node's back (another node, or straight in the database): the request notices.
        jdbc.sql("update app_user set active = false, version = version + 1 where id = ?").param(userId).update();

        request();

        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void an_unchanged_account_keeps_the_same_principal() {
        Object before = SecurityContextHolder.getContext().getAuthentication();

        request();

        assertThat(SecurityContextHolder.getContext().getAuthentication()).isSameAs(before);
    }

    private void request() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        if (!session.isInvalid()) {
            request.setSession(session);
        }
        try {
            recheck.doFilter(request, new MockHttpServletResponse(), new MockFilterChain());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
