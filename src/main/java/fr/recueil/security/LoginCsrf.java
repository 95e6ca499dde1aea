package fr.recueil.security;

import com.vaadin.flow.server.WrappedSession;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * {@code POST /login} needs the token the login page put in its form (login CSRF: without it, another
 * site could log a victim's browser into the attacker's account). Vaadin's security configuration
 * exempts the login page from Spring's CSRF check, so the check is made here, before Spring Security
 * sees the request. A missing or wrong token (the login page was opened in another session, or long
 * ago) sends back to the login page, which says to type the credentials again.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1)
public class LoginCsrf extends OncePerRequestFilter {

    public static final String PARAMETER = "_csrf";
    static final String ATTRIBUTE = LoginCsrf.class.getName() + ".token";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The token of this browser session, created on first use. */
    public static String token(WrappedSession session) {
        Object token = session.getAttribute(ATTRIBUTE);
        if (token instanceof String existing) {
            return existing;
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String created = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        session.setAttribute(ATTRIBUTE, created);
        return created;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !request.getRequestURI().equals(request.getContextPath() + "/login");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Object expected = session == null ? null : session.getAttribute(ATTRIBUTE);
        String actual = request.getParameter(PARAMETER);
        if (expected instanceof String token && actual != null
                && MessageDigest.isEqual(token.getBytes(StandardCharsets.US_ASCII), actual.getBytes(StandardCharsets.US_ASCII))) {
            chain.doFilter(request, response);
            return;
        }
        response.sendRedirect(request.getContextPath() + "/login?expired");
    }
}
