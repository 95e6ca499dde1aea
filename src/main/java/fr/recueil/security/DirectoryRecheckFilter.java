package fr.recueil.security;

import fr.recueil.organisation.UserAccount;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * While a directory user is logged in, asks the directory again about them at their first request
 * after {@code recueil.ldap.recheck} (30 s by default; 0 = every request): a person disabled or
 * removed in the directory is logged out at that request, and a group they left takes its role
 * or direction away at that request. The directory's answer is written to the account; when the
 * directory cannot be reached nothing changes (it is asked again at the next request).
 */
class DirectoryRecheckFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DirectoryRecheckFilter.class);

    private final DirectoryLogin directory;
    private final Duration interval;
    private final Clock clock;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();
    private final Map<String, Instant> lastChecks = new ConcurrentHashMap<>();

    DirectoryRecheckFilter(DirectoryLogin directory, Duration interval, Clock clock) {
        this.directory = directory;
        this.interval = interval;
        this.clock = clock;
    }

    void checkedNow(String login) {
        lastChecks.put(login, clock.instant());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof RecueilUser user
                && user.origin().isDirectory() && directory.ldapEnabled() && due(user.getUsername())) {
            recheck(user, authentication, request, response);
        }
        chain.doFilter(request, response);
    }

    private boolean due(String login) {
        Instant now = clock.instant();
        Instant last = lastChecks.get(login);
        if (last != null && now.isBefore(last.plus(interval))) {
            return false;
        }
        lastChecks.put(login, now);
        return true;
    }

    private void recheck(RecueilUser user, Authentication authentication, HttpServletRequest request,
                         HttpServletResponse response) {
        Optional<UserAccount> account;
        try {
            account = directory.recheck(user);
        } catch (RuntimeException unreachable) {
            lastChecks.remove(user.getUsername());
            log.warn("Directory re-check of '{}' impossible: {}", user.getUsername(), unreachable.getMessage());
            return;
        }
        if (account.isEmpty()) {
            log.info("'{}' logged out: the directory disabled or removed them.", user.getUsername());
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            return;
        }
        RecueilUser now = new RecueilUser(account.get(), false);
        if (!now.roles().equals(user.roles()) || !now.directionIds().equals(user.directionIds())) {
            UsernamePasswordAuthenticationToken updated = UsernamePasswordAuthenticationToken.authenticated(now, null,
                    now.getAuthorities());
            updated.setDetails(authentication.getDetails());
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(updated);
            SecurityContextHolder.setContext(context);
            sessions.saveContext(context, request, response);
        }
    }
}
