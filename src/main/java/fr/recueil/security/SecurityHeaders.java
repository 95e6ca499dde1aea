package fr.recueil.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * The protective headers of every answer, pages, API, static files and error pages alike, set before
 * anything else runs (Spring Security's own header writers then find them and add nothing twice):
 * <ul>
 * <li>a Content-Security-Policy Vaadin works with: scripts, styles, images, fonts and connections from
 *     Recueil itself only ({@code 'unsafe-inline'} and {@code 'unsafe-eval'} stay for scripts: Vaadin's
 *     bootstrap and its {@code executeJs} need them), no plugins, no {@code <base>} elsewhere, forms
 *     posted only to Recueil, and no framing by anyone ({@code frame-ancestors 'none'});</li>
 * <li>{@code Referrer-Policy: same-origin}, {@code X-Content-Type-Options: nosniff},
 *     {@code X-Frame-Options: DENY} for older browsers, a Permissions-Policy without camera, microphone
 *     nor location;</li>
 * <li>{@code Strict-Transport-Security} when the request came over TLS, also through a reverse proxy
 *     ({@code server.forward-headers-strategy}, which also makes the session cookie {@code Secure}).</li>
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class SecurityHeaders extends OncePerRequestFilter {

    public static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "media-src 'self' blob:",
            "worker-src 'self' blob:",
            "frame-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, response);
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
