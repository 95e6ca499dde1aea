package fr.recueil.demo;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

/**
 * With {@code RECUEIL_DEMO_DIRECTORY=true}, points Recueil's LDAP login at the demo directory
 * ({@link DemoDirectory}) before anything reads the settings: a free port on 127.0.0.1 unless
 * {@code recueil.demo.directory.port} names one.
 */
public class DemoDirectorySettings implements EnvironmentPostProcessor, Ordered {

    static final String ENABLED = "recueil.demo.directory.enabled";
    static final String PORT = "recueil.demo.directory.port";
    static final String BASE = "dc=recueil,dc=demo";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!Boolean.parseBoolean(environment.getProperty(ENABLED, "false").strip())) {
            return;
        }
        int port = environment.getProperty(PORT, Integer.class, 0);
        if (port == 0) {
            port = freePort();
        }
        environment.getPropertySources().addFirst(new MapPropertySource("recueilDemoDirectory", Map.of(
                PORT, port,
                "recueil.ldap.url", "ldap://127.0.0.1:" + port,
                "recueil.ldap.base", BASE,
                "recueil.ldap.user-dn-pattern", "uid={0},ou=people")));
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
