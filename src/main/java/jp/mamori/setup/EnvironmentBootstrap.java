package jp.mamori.setup;

import jp.mamori.organisation.OrganisationService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Scripted installs: MAMORI_ADMIN_USERNAME and MAMORI_ADMIN_PASSWORD create the first
 * administrator at start when nobody exists yet. There is no built-in default password.
 */
@Component
class EnvironmentBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EnvironmentBootstrap.class);

    private final OrganisationService organisation;
    private final Environment environment;
    private final String username;
    private final String password;
    private final String organisationName;

    EnvironmentBootstrap(OrganisationService organisation, Environment environment,
                         @Value("${mamori.bootstrap.admin-username:}") String username,
                         @Value("${mamori.bootstrap.admin-password:}") String password,
                         @Value("${mamori.bootstrap.organisation-name:}") String organisationName) {
        this.organisation = organisation;
        this.environment = environment;
        this.username = username;
        this.password = password;
        this.organisationName = organisationName;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (username.isBlank() || password.isBlank()) {
            if (!organisation.isSetUp()) {
                log.info("No administrator yet: open the application in a browser to run the first-time setup.");
            }
            return;
        }
        if (organisation.isSetUp()) {
            return;
        }
        boolean demo = environment.acceptsProfiles(Profiles.of("demo"));
        organisation.completeFirstRun(new OrganisationService.FirstRun(
                organisationName.isBlank() ? "Mamori" : organisationName,
                username, username, null, password, null, null), demo);
        log.info("Created the first administrator '{}' from the environment{}.", username, demo ? " with demo data" : "");
    }
}
