package jp.mamori.shared;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.mamori.MamoriApplication;
import jp.mamori.organisation.DepartmentService;
import jp.mamori.organisation.OrganisationService;
import jp.mamori.organisation.UserService;
import jp.mamori.shared.security.SystemActor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real start-up paths: the first administrator from the environment, data that survives
 * a restart of the embedded database, and an external database that starts no embedded one.
 */
class EmbeddedDatabaseLifecycleTest {

    @Test
    void environmentBootstrapRestartAndExternalDatabase() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "restart-");
        String[] firstStart = {
                "--mamori.data-dir=" + dataDir, "--server.port=0",
                "--mamori.bootstrap.admin-username=boot.admin", "--mamori.bootstrap.admin-password=boot-password-123",
                "--mamori.bootstrap.organisation-name=架空物産株式会社", "--spring.profiles.active=demo"};
        try (ConfigurableApplicationContext first = start(firstStart)) {
            OrganisationService organisation = first.getBean(OrganisationService.class);
            assertThat(organisation.organisationName()).isEqualTo("架空物産株式会社");
            assertThat(first.getBean(UserService.class).findPrincipal("boot.admin")).isPresent();
            assertThat(SystemActor.call(() -> first.getBean(DepartmentService.class).list())).as("demo departments").hasSize(5);
            SystemActor.run(() -> first.getBean(DepartmentService.class)
                    .save(null, null, "KEEP", "再起動後も残る部", null, null, true));
        }

        try (ConfigurableApplicationContext second = start("--mamori.data-dir=" + dataDir, "--server.port=0")) {
            var names = SystemActor.call(() -> second.getBean(DepartmentService.class).list())
                    .stream().map(d -> d.getName()).toList();
            assertThat(names).contains("再起動後も残る部");
            assertThat(second.getBeansOfType(EmbeddedPostgres.class)).hasSize(1);
            String url = second.getBean(EmbeddedPostgres.class).getJdbcUrl("postgres", "postgres");

            try (ConfigurableApplicationContext external = start("--server.port=0",
                    "--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                    "--spring.datasource.password=")) {
                assertThat(external.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
                assertThat(external.getBean(OrganisationService.class).organisationName()).isEqualTo("架空物産株式会社");
            }
        }
    }

    private static ConfigurableApplicationContext start(String... args) {
        return new SpringApplicationBuilder(MamoriApplication.class).run(args);
    }
}
