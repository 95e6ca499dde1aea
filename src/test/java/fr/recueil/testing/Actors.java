package fr.recueil.testing;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import java.util.function.Supplier;

/** Runs part of a test as one of the demo users, as if they were logged in. */
@Component
public class Actors {

    private final UserDetailsService users;

    Actors(UserDetailsService users) {
        this.users = users;
    }

    public void loginAs(String login) {
        UserDetails user = users.loadUserByUsername(login);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    public <T> T as(String login, Supplier<T> work) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        loginAs(login);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }

    public void as(String login, Runnable work) {
        as(login, () -> {
            work.run();
            return null;
        });
    }
}
