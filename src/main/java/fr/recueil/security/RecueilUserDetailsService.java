package fr.recueil.security;

import fr.recueil.organisation.UserService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class RecueilUserDetailsService implements UserDetailsService {

    private final UserService users;
    private final LoginThrottle throttle;

    RecueilUserDetailsService(UserService users, LoginThrottle throttle) {
        this.users = users;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String login) {
        return users.findForAuthentication(login)
                .map(account -> new RecueilUser(account, throttle.refusalForCurrentRequest(account.getLogin()).isPresent()))
                .orElseThrow(() -> new UsernameNotFoundException("unknown login"));
    }
}
