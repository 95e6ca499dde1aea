package fr.recueil.security;

import fr.recueil.organisation.AccountDeactivated;
import fr.recueil.organisation.AccountStamp;
import fr.recueil.organisation.UserAccount;
import fr.recueil.organisation.UserService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every request of a logged-in user re-checks their account, so that what an administrator (or the
 * directory) changes applies at once, not at the next login:
 * <ul>
 * <li>an account that is gone or deactivated ends the session there and then: the request goes on
 *     as nobody's, and the user is back at the login page;</li>
 * <li>an account whose version moved on (roles, directions, name, password changed) is reloaded into
 *     the session, so services decide on its current roles and directions.</li>
 * </ul>
 * The check is one primary-key lookup ({@link UserService#stamp}). On top of it, the sessions this
 * node holds for an account end as soon as the account is deactivated ({@link AccountDeactivated}),
 * before its user makes another request. Other sign-in methods (directory, OpenID Connect) get all of
 * this by building a {@link RecueilUser} and publishing {@link AccountDeactivated} (or setting the
 * account inactive through {@link UserService#setActive}) when the directory disables someone.
 */
@Component
// A servlet filter of its own, just inside Spring Security's (which has set the user for the request).
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1)
public class AccountRecheck extends OncePerRequestFilter implements HttpSessionListener {

    private static final Logger log = LoggerFactory.getLogger(AccountRecheck.class);
    private static final String USER_ID = AccountRecheck.class.getName() + ".userId";

    private final UserService users;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();
    /** The sessions of this node by account, to end them when the account is deactivated. */
    private final Map<Long, Set<HttpSession>> sessions = new ConcurrentHashMap<>();

    AccountRecheck(UserService users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof RecueilUser user) {
            Optional<AccountStamp> stamp = users.stamp(user.userId());
            if (stamp.isEmpty() || !stamp.get().active()) {
                log.info("Session of {} ended: the account is deactivated or gone", user.getUsername());
                endSession(request);
            } else if (stamp.get().version() != user.accountVersion()) {
                refresh(user, request, response);
            } else {
                remember(user.userId(), request.getSession(false));
            }
        }
        chain.doFilter(request, response);
    }

    private void refresh(RecueilUser stale, HttpServletRequest request, HttpServletResponse response) {
        Optional<UserAccount> account = users.findForRefresh(stale.userId());
        if (account.isEmpty() || !account.get().isActive()) {
            endSession(request);
            return;
        }
        RecueilUser current = new RecueilUser(account.get(), false);
        UsernamePasswordAuthenticationToken refreshed =
                UsernamePasswordAuthenticationToken.authenticated(current, null, current.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(refreshed);
        SecurityContextHolder.setContext(context);
        HttpSession session = request.getSession(false);
        if (session != null) {
            contexts.saveContext(context, request, response);
            remember(current.userId(), session);
        }
    }

    private static void endSession(HttpServletRequest request) {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // ended meanwhile
            }
        }
    }

    private void remember(long userId, HttpSession session) {
        if (session != null && session.getAttribute(USER_ID) == null) {
            session.setAttribute(USER_ID, userId);
            sessions.computeIfAbsent(userId, id -> ConcurrentHashMap.newKeySet()).add(session);
        }
    }

    /** Ends, once the deactivation is committed, every session this node holds for the account. */
    @TransactionalEventListener(fallbackExecution = true)
    public void on(AccountDeactivated event) {
        Set<HttpSession> open = sessions.remove(event.userId());
        if (open == null) {
            return;
        }
        for (HttpSession session : open) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalid) {
                // ended meanwhile
            }
        }
        log.info("{} session(s) of {} ended: account deactivated", open.size(), event.login());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        Object userId;
        try {
            userId = event.getSession().getAttribute(USER_ID);
        } catch (IllegalStateException invalid) {
            return;
        }
        if (userId instanceof Long id) {
            sessions.computeIfPresent(id, (key, set) -> {
                set.remove(event.getSession());
                return set.isEmpty() ? null : set;
            });
        }
    }

    /** How many sessions this node holds for the account (for the tests and the log). */
    int openSessions(long userId) {
        return sessions.getOrDefault(userId, Set.of()).size();
    }
}
