package fr.recueil.security;

import fr.recueil.organisation.LocalPasswords;
import fr.recueil.organisation.UserService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class RecueilUserDetailsService implements UserDetailsService {

    private final UserService users;
    private final LoginThrottle throttle;
    private final LocalPasswords localPasswords;

    RecueilUserDetailsService(UserService users, LoginThrottle throttle, LocalPasswords localPasswords) {
        this.users = users;
        this.throttle = throttle;
        this.localPasswords = localPasswords;
    }

    @Override
    public UserDetails loadUserByUsername(String login) {
        return users.findForAuthentication(login)
                // A directory account has no Recueil password; a local one, none while local passwords are off.
                .map(account -> new RecueilUser(account, throttle.refusalForCurrentRequest(account.getLogin()).isPresent(),
                        !account.getOrigin().isDirectory() && localPasswords.enabled()))
                .orElseThrow(() -> new UsernameNotFoundException("unknown login"));
    }
}
