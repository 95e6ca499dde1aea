package fr.recueil.security;

import fr.recueil.base.Translations;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * How {@code /api/**} refuses a request: an RFC 9457 problem in French, never the login page. Not
 * logged in (or a wrong password, a revoked token) is 401 with the {@code WWW-Authenticate} challenge;
 * a deactivated account or a role without access is 403.
 */
@Component
class ApiProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String REALM = "Recueil";

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException reason)
            throws IOException {
        switch (reason) {
            case DisabledException disabled -> write(response, HttpServletResponse.SC_FORBIDDEN, "api.error.disabled");
            case LockedException locked -> unauthorized(response, "api.error.locked");
            default -> unauthorized(response, request.getHeader(HttpHeaders.AUTHORIZATION) == null
                    ? "api.error.unauthenticated" : "api.error.badCredentials");
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(response, HttpServletResponse.SC_FORBIDDEN, "api.error.forbidden");
    }

    private static void unauthorized(HttpServletResponse response, String key) throws IOException {
        response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + REALM + "\"");
        write(response, HttpServletResponse.SC_UNAUTHORIZED, key);
    }

    private static void write(HttpServletResponse response, int status, String key) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        String title = Translations.french("api.error.title." + status);
        String detail = Translations.french(key);
        response.getWriter().write("{\"type\":\"about:blank\",\"status\":" + status + ",\"title\":" + json(title)
                + ",\"detail\":" + json(detail) + "}");
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
