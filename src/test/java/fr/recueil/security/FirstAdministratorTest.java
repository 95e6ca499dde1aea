package fr.recueil.security;

import fr.recueil.organisation.Role;
import fr.recueil.organisation.UserDraft;
import fr.recueil.organisation.UserService;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class FirstAdministratorTest {

    private final UserService users = mock(UserService.class);

    @Test
    void the_first_administrator_is_created_from_the_environment_when_there_is_none() {
        when(users.activeAdminExists()).thenReturn(false);

        new FirstAdministrator(users, "dsi.admin", "un-mot-de-passe-long", "dsi@cg.example", "Administrateur")
                .createIfNeeded();

        ArgumentCaptor<UserDraft> draft = ArgumentCaptor.forClass(UserDraft.class);
        verify(users).create(draft.capture(), org.mockito.ArgumentMatchers.eq("un-mot-de-passe-long"));
        assertThat(draft.getValue().login()).isEqualTo("dsi.admin");
        assertThat(draft.getValue().roles()).isEqualTo(Set.of(Role.ADMIN));
    }

    @Test
    void no_administrator_is_created_while_an_active_one_exists() {
        when(users.activeAdminExists()).thenReturn(true);

        new FirstAdministrator(users, "dsi.admin", "un-mot-de-passe-long", "", "Administrateur").createIfNeeded();

        verify(users, never()).create(any(), anyString());
    }

    @Test
    void without_configured_credentials_nothing_is_created_there_are_no_default_credentials() {
        when(users.activeAdminExists()).thenReturn(false);

        new FirstAdministrator(users, "", "", "", "Administrateur").createIfNeeded();

        verify(users, never()).create(any(), anyString());
    }
}
