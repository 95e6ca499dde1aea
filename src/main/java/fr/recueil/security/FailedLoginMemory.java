package fr.recueil.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Remembers, in the browser's session, which login just failed, so that the login page can tell a
 * locked account from a wrong password (the failure that crosses the limit already shows the lock).
 */
@Component
class FailedLoginMemory {

    static final String ATTRIBUTE = "recueil.lastFailedLogin";

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && !isApi(attributes.getRequest())) {
            HttpSession session = attributes.getRequest().getSession(true);
            session.setAttribute(ATTRIBUTE, String.valueOf(event.getAuthentication().getName()));
        }
    }

    // The automation endpoint is stateless: a script has no login page to show the lock on.
    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
