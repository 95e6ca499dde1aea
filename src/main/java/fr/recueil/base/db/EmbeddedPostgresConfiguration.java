package fr.recueil.base.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Starts a real PostgreSQL inside the application when no external server is configured, so that
 * a machine with only a JDK can run Recueil. Its data persist in {@code recueil.embedded-db.data-dir}
 * (./data/postgres by default); an empty value gives a throw-away database, as the tests use.
 *
 * <p>A kept database is durable: the embedded library's defaults ({@code synchronous_commit=off} and
 * {@code -F}, i.e. no fsync) would let a save the screen confirmed vanish in a crash, so every commit
 * waits for its WAL to reach the disk ({@code synchronous_commit=on}, {@code fsync=on},
 * {@code full_page_writes=on}). A PostgreSQL left running by a Recueil whose JVM died is stopped
 * cleanly before the start ({@link StalePostmaster}). The throw-away database of the tests keeps the
 * fast settings: it has nothing to keep.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(@Value("${recueil.embedded-db.data-dir:}") String dataDir,
                                      @Value("${recueil.embedded-db.port:0}") int port) throws IOException {
        return start(dataDir, port);
    }

    static EmbeddedPostgres start(String dataDir, int port) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("timezone", "UTC")
                .setServerConfig("max_connections", "50");
        if (port > 0) {
            builder.setPort(port);
        }
        if (StringUtils.hasText(dataDir)) {
            Path dir = Path.of(dataDir).toAbsolutePath();
            Files.createDirectories(dir);
            StalePostmaster.stopIfOrphaned(dir);
            builder.setDataDirectory(dir).setCleanDataDirectory(false)
                    // Passed after the library's own "-F" (fsync off) and so override it.
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("full_page_writes", "on");
            log.info("Embedded PostgreSQL, data kept in {}", dir);
        }
        return builder.start();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(10);
        config.setPoolName("recueil-embedded");
        return new HikariDataSource(config);
    }
}
