package fr.recueil.security;

import fr.recueil.base.Translations;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * The answer to what Tomcat refuses before Recueil sees it (a path with {@code %2F} or {@code %00},
 * an unparseable request): an RFC 9457 problem in French instead of Tomcat's HTML page, which also
 * told Tomcat's version. A path Tomcat cannot take is, to the client, an address where nothing is:
 * 404. Everything Recueil itself answers keeps its own pages and problems.
 */
public class ProblemErrorValve extends ErrorReportValve {

    public ProblemErrorValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        if (request.getContext() != null) {
            // A request that reached the application: its own error handling has answered; Tomcat's default otherwise.
            super.report(request, response, throwable);
            return;
        }
        int status = response.getStatus();
        if (status < 400 || response.isCommitted() || response.getContentWritten() > 0) {
            return;
        }
        if (status == 400) {
            status = 404;
        }
        String key = status == 404 ? "error.http.notFound" : status == 413 ? "error.http.tooLarge" : "error.http.badRequest";
        try {
            response.reset();
            response.setStatus(status);
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.setHeader("Cache-Control", "no-store");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Content-Security-Policy", SecurityHeaders.CONTENT_SECURITY_POLICY);
            String title = Translations.french("api.error.title." + status);
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"about:blank\",\"status\":" + status + ",\"title\":\""
                        + (title.startsWith("!") ? "Erreur" : title) + "\",\"detail\":\""
                        + Translations.french(key).replace("\"", "'") + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone: nothing to answer
        }
    }

    /** Installs the valve on Tomcat's host, in place of its HTML error report. */
    @Component
    static class Installer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {
        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ProblemErrorValve.class.getName());
                }
            });
        }
    }
}
