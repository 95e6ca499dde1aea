package fr.recueil.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * Authenticates {@code Authorization: Bearer rcl_...} with a personal access token. The user is
 * loaded afresh on every request, so a role removed or an account deactivated since the token was
 * made counts at once. A lock earned by wrong passwords does not stop a token: the token is a
 * different secret, and the lock is there to stop password guessing.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokenService tokens;
    private final RecueilUserDetailsService users;
    private final ApiProblems problems;

    BearerTokenFilter(ApiTokenService tokens, RecueilUserDetailsService users, ApiProblems problems) {
        this.tokens = tokens;
        this.users = users;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<UserDetails> user = tokens.ownerOf(header.substring(BEARER.length()).strip()).flatMap(this::load);
        if (user.isEmpty()) {
            problems.commence(request, response, new BadCredentialsException("unknown or revoked token"));
            return;
        }
        if (!user.get().isEnabled()) {
            problems.commence(request, response, new DisabledException("account deactivated"));
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null,
                user.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }

    private Optional<UserDetails> load(String login) {
        try {
            return Optional.of(users.loadUserByUsername(login));
        } catch (UsernameNotFoundException e) {
            return Optional.empty();
        }
    }
}
