package fr.recueil.security;

import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Entry;
import com.unboundid.ldap.sdk.LDAPConnection;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import fr.recueil.base.audit.SystemActor;
import fr.recueil.organisation.AccountOrigin;
import fr.recueil.organisation.Direction;
import fr.recueil.organisation.LocalPasswords;
import fr.recueil.organisation.OrganisationService;
import fr.recueil.organisation.Role;
import fr.recueil.organisation.UserAccount;
import fr.recueil.organisation.UserDraft;
import fr.recueil.organisation.UserService;
import fr.recueil.testing.Actors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Directory login against the demo directory (UnboundID in memory, started by the application with
 * {@code recueil.demo.directory.enabled}), re-checked at every request.
 */
@SpringBootTest(properties = {"recueil.demo.directory.enabled=true", "recueil.ldap.recheck=0s"})
class LdapDirectoryLoginTest {

    private static final String PASSWORD = "recueil-demo";
    private static final String BASE = "dc=recueil,dc=demo";

    @Autowired
    private DirectoryLogin directoryLogin;
    @Autowired
    private UserService users;
    @Autowired
    private OrganisationService organisation;
    @Autowired
    private LocalPasswords localPasswords;
    @Autowired
    private RecueilUserDetailsService localAccounts;
    @Autowired
    private Actors actors;
    @Value("${recueil.demo.directory.port}")
    private int port;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_demo_person_logs_in_with_the_directory_password_and_gets_an_account_with_name_email_role_and_direction() {
        RecueilUser user = login("helene.dubois", PASSWORD);

        assertThat(user.getUsername()).isEqualTo("helene.dubois");
        assertThat(user.origin()).isEqualTo(AccountOrigin.LDAP);
        assertThat(user.roles()).containsExactly(Role.DIRECTOR);
        assertThat(user.directionIds()).containsExactly(directionId("DASIPE"));
        UserAccount account = account("helene.dubois");
        assertThat(account.getDisplayName()).isEqualTo("Hélène Dubois");
        assertThat(account.getEmail()).isEqualTo("helene-dubois@departement.example");
        assertThat(account.getOrigin()).isEqualTo(AccountOrigin.LDAP);
        assertThat(account.getDirectoryRoles()).containsExactly(Role.DIRECTOR);
        assertThat(account.getDirectoryDirectionIds()).containsExactly(directionId("DASIPE"));
    }

    @Test
    void the_groups_of_a_person_in_two_directions_give_both_directions() {
        RecueilUser user = login("karim.benali", PASSWORD);

        assertThat(user.roles()).containsExactly(Role.CONTRIBUTOR);
        assertThat(user.directionIds()).containsExactlyInAnyOrder(directionId("DSI"), directionId("DAPM"));
    }

    @Test
    void a_second_login_uses_the_same_account() {
        long first = login("sophie.leroy", PASSWORD).userId();
        long second = login("Sophie.Leroy", PASSWORD).userId();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void a_wrong_password_or_an_unknown_login_is_refused_alike() {
        assertThatThrownBy(() -> login("camille.martin", "pas-le-bon"))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> login("personne.inconnue", PASSWORD))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(users.findForAuthentication("personne.inconnue")).isEmpty();
    }

    @Test
    void an_account_disabled_in_active_directory_is_refused() throws Exception {
        String login = person(List.of("recueil-relecteurs"), new Attribute("userAccountControl", "514"));

        assertThatThrownBy(() -> login(login, PASSWORD)).isInstanceOf(DisabledException.class);
    }

    @Test
    void an_account_locked_by_the_directory_password_policy_is_refused() throws Exception {
        String login = person(List.of("recueil-relecteurs"), new Attribute("pwdAccountLockedTime", "20250101000000Z"));

        assertThatThrownBy(() -> login(login, PASSWORD)).isInstanceOf(LockedException.class);
    }

    @Test
    void a_directory_login_that_is_a_local_account_login_is_refused_and_the_local_account_is_untouched() throws Exception {
        try (LDAPConnection connection = connection()) {
            connection.add(new Entry("uid=communication,ou=people," + BASE,
                    new Attribute("objectClass", "inetOrgPerson"), new Attribute("uid", "communication"),
                    new Attribute("cn", "Intrus"), new Attribute("sn", "Intrus"),
                    new Attribute("userPassword", PASSWORD),
                    new Attribute("memberOf", "cn=recueil-administrateurs,ou=groups," + BASE)));
        }

        assertThatThrownBy(() -> login("communication", PASSWORD)).isInstanceOf(BadCredentialsException.class);
        UserAccount local = account("communication");
        assertThat(local.getOrigin()).isEqualTo(AccountOrigin.LOCAL);
        assertThat(local.getRoles()).containsExactly(Role.COMMUNICATION);
    }

    @Test
    void a_person_removed_from_a_group_loses_the_role_and_direction_at_the_next_request() throws Exception {
        String login = person(List.of("recueil-contributeurs", "recueil-relecteurs", "recueil-direction-DASIPE"));
        Authentication authentication = authenticate(login, PASSWORD);
        assertThat(((RecueilUser) authentication.getPrincipal()).roles())
                .containsExactlyInAnyOrder(Role.CONTRIBUTOR, Role.REVIEWER);

        try (LDAPConnection connection = connection()) {
            connection.modify("uid=" + login + ",ou=people," + BASE,
                    new Modification(ModificationType.DELETE, "memberOf",
                            "cn=recueil-contributeurs,ou=groups," + BASE, "cn=recueil-direction-DASIPE,ou=groups," + BASE));
        }
        RecueilUser seen = nextRequest(authentication);

        assertThat(seen.roles()).containsExactly(Role.REVIEWER);
        assertThat(seen.directionIds()).isEmpty();
        assertThat(account(login).getRoles()).containsExactly(Role.REVIEWER);
    }

    @Test
    void a_person_disabled_in_the_directory_while_logged_in_is_logged_out_at_the_next_request() throws Exception {
        String login = person(List.of("recueil-relecteurs"));
        Authentication authentication = authenticate(login, PASSWORD);

        try (LDAPConnection connection = connection()) {
            connection.modify("uid=" + login + ",ou=people," + BASE,
                    new Modification(ModificationType.ADD, "userAccountControl", "514"));
        }
        RecueilUser seen = nextRequest(authentication);

        assertThat(seen).isNull();
        assertThat(account(login).isActive()).isFalse();
        assertThat(account(login).isDisabledByDirectory()).isTrue();
        assertThatThrownBy(() -> login(login, PASSWORD)).isInstanceOf(DisabledException.class);

        // Enabled again in the directory: the next login reactivates the account.
        try (LDAPConnection connection = connection()) {
            connection.modify("uid=" + login + ",ou=people," + BASE,
                    new Modification(ModificationType.DELETE, "userAccountControl"));
        }
        assertThat(login(login, PASSWORD).isEnabled()).isTrue();
        assertThat(account(login).isActive()).isTrue();
    }

    @Test
    void a_person_removed_from_the_directory_is_logged_out_at_the_next_request() throws Exception {
        String login = person(List.of("recueil-relecteurs"));
        Authentication authentication = authenticate(login, PASSWORD);

        try (LDAPConnection connection = connection()) {
            connection.delete("uid=" + login + ",ou=people," + BASE);
        }

        assertThat(nextRequest(authentication)).isNull();
        assertThat(account(login).isActive()).isFalse();
    }

    @Test
    void an_administrator_adds_a_role_the_directory_does_not_give_and_the_directory_keeps_its_own() throws Exception {
        String login = person(List.of("recueil-contributeurs", "recueil-direction-DASIPE"));
        login(login, PASSWORD);
        UserAccount account = account(login);

        // The administrator ticks only Relecteur: the directory's Contributeur and DASIPE stay.
        actors.as("admin", () -> users.update(account.getId(), new UserDraft(login, account.getDisplayName(),
                account.getEmail(), Set.of(Role.REVIEWER), Set.of()), account.getVersion()));
        assertThat(account(login).getRoles()).containsExactlyInAnyOrder(Role.CONTRIBUTOR, Role.REVIEWER);

        // At the next login the directory's answer replaces only what it grants.
        RecueilUser user = login(login, PASSWORD);
        assertThat(user.roles()).containsExactlyInAnyOrder(Role.CONTRIBUTOR, Role.REVIEWER);
        assertThat(user.directionIds()).containsExactly(directionId("DASIPE"));
        assertThat(account(login).getDirectoryRoles()).containsExactly(Role.CONTRIBUTOR);
    }

    @Test
    void local_passwords_can_be_turned_off_only_by_an_administrator_logged_in_with_the_directory() throws Exception {
        assertThatThrownBy(() -> actors.as("admin", () -> localPasswords.setEnabled(false)))
                .hasMessageContaining("annuaire");
        assertThat(localPasswords.enabled()).isTrue();

        RecueilUser directoryAdmin = login("administrateur.recueil", PASSWORD);
        assertThat(directoryAdmin.roles()).containsExactly(Role.ADMIN);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(directoryAdmin, null, directoryAdmin.getAuthorities()));
        try {
            localPasswords.setEnabled(false);
            UserDetails local = localAccounts.loadUserByUsername("relecteur.demo");
            assertThat(local.getPassword()).doesNotStartWith("$2");
        } finally {
            localPasswords.setEnabled(true);
        }
        assertThat(localAccounts.loadUserByUsername("relecteur.demo").getPassword()).startsWith("$2");
    }

    private RecueilUser login(String login, String password) {
        return (RecueilUser) authenticate(login, password).getPrincipal();
    }

    private Authentication authenticate(String login, String password) {
        return directoryLogin.ldapProvider().authenticate(UsernamePasswordAuthenticationToken.unauthenticated(login, password));
    }

    /** Runs a request through the directory re-check as this user; returns who the request was made as. */
    private RecueilUser nextRequest(Authentication authentication) throws Exception {
        SecurityContextHolder.getContext().setAuthentication(authentication);
        AtomicReference<RecueilUser> seen = new AtomicReference<>();
        MockFilterChain chain = new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res) {
                Authentication now = SecurityContextHolder.getContext().getAuthentication();
                seen.set(now != null && now.getPrincipal() instanceof RecueilUser user ? user : null);
            }
        });
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.getSession(true);
        directoryLogin.recheckFilter().doFilter(request, new MockHttpServletResponse(), chain);
        return seen.get();
    }

    /** A new person in the directory, member of these groups. */
    private String person(List<String> groups, Attribute... extra) throws Exception {
        String login = "test." + UUID.randomUUID().toString().substring(0, 8);
        Entry entry = new Entry("uid=" + login + ",ou=people," + BASE,
                new Attribute("objectClass", "top", "person", "organizationalPerson", "inetOrgPerson"),
                new Attribute("uid", login), new Attribute("cn", "Test " + login), new Attribute("sn", "Test"),
                new Attribute("displayName", "Personne " + login), new Attribute("mail", login + "@departement.example"),
                new Attribute("userPassword", PASSWORD),
                new Attribute("memberOf", groups.stream().map(g -> "cn=" + g + ",ou=groups," + BASE).toList()));
        for (Attribute attribute : extra) {
            entry.addAttribute(attribute);
        }
        try (LDAPConnection connection = connection()) {
            connection.add(entry);
        }
        return login;
    }

    private LDAPConnection connection() throws Exception {
        return new LDAPConnection("127.0.0.1", port);
    }

    private UserAccount account(String login) {
        return users.findForAuthentication(login).orElseThrow();
    }

    private long directionId(String acronym) {
        return SystemActor.call(() -> organisation.directions().stream()
                .filter(d -> acronym.equals(d.getAcronym())).map(Direction::getId).findFirst().orElseThrow());
    }

    @SuppressWarnings("unused")
    private static final Duration NONE = Duration.ZERO;
}
