package fr.recueil.base.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedPostgresConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withUserConfiguration(EmbeddedPostgresConfiguration.class);

    @Test
    void an_external_database_url_means_no_embedded_postgresql_is_started() {
        runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://127.0.0.1:5432/recueil")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(EmbeddedPostgres.class);
                    assertThat(context).doesNotHaveBean(javax.sql.DataSource.class);
                });
    }

    @Test
    void without_configuration_a_real_postgresql_is_started_and_keeps_its_data_in_the_given_folder(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dataDir) {
        runner.withPropertyValues("recueil.embedded-db.data-dir=" + dataDir)
                .run(context -> {
                    assertThat(context).hasSingleBean(EmbeddedPostgres.class);
                    try (var connection = context.getBean(javax.sql.DataSource.class).getConnection();
                         var result = connection.createStatement().executeQuery("show server_version")) {
                        result.next();
                        assertThat(result.getString(1)).startsWith("17");
                    }
                });
        assertThat(dataDir.resolve("PG_VERSION")).exists();
    }
}
