package jp.mamori.organisation;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.pdf.PdfReports;
import jp.mamori.shared.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisation itself and its first-run setup. */
@Service
public class OrganisationService implements PdfReports.OrganisationNameSource {

    private final OrganisationProfileRepository profiles;
    private final UserAccountRepository users;
    private final UserService userService;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    @PersistenceContext
    private EntityManager entityManager;

    OrganisationService(OrganisationProfileRepository profiles, UserAccountRepository users, UserService userService,
                        Clock clock, ApplicationEventPublisher events) {
        this.profiles = profiles;
        this.users = users;
        this.userService = userService;
        this.clock = clock;
        this.events = events;
    }

    /** What the setup page (or the environment) supplies on the very first start. */
    public record FirstRun(String organisationName, String adminUsername, String adminDisplayName, String adminEmail,
                           String adminPassword, String privacyManagerName, String privacyManagerEmail) {
    }

    @Transactional(readOnly = true)
    public boolean isSetUp() {
        return profiles.count() > 0 || users.count() > 0;
    }

    @Transactional(readOnly = true)
    public Optional<OrganisationProfile> profile() {
        return profiles.findFirstByOrderByIdAsc().map(profile -> {
            if (profile.getPrivacyManager() != null) {
                profile.getPrivacyManager().getDisplayName();
            }
            return profile;
        });
    }

    @Override
    @Transactional(readOnly = true)
    public String organisationName() {
        return profiles.findFirstByOrderByIdAsc().map(OrganisationProfile::getName).orElse("");
    }

    /**
     * Creates the organisation and its first administrator. Refused once anybody exists, and
     * serialised by an advisory lock so two browsers racing through setup cannot both win.
     */
    @Transactional
    public UserAccount completeFirstRun(FirstRun firstRun, boolean demoRequested) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(15001)").getSingleResult();
        if (isSetUp()) {
            throw new RuleViolation("setup.error.alreadyDone");
        }
        UserAccount admin = new UserAccount();
        admin.setUsername(firstRun.adminUsername());
        admin.setDisplayName(blankToDefault(firstRun.adminDisplayName(), firstRun.adminUsername()));
        admin.setEmail(blankToDefault(firstRun.adminEmail(), firstRun.adminUsername() + "@localhost"));
        boolean adminIsPrivacyManager = firstRun.privacyManagerName() == null || firstRun.privacyManagerName().isBlank()
                || firstRun.privacyManagerName().strip().equals(admin.getDisplayName());
        admin.setRoles(adminIsPrivacyManager ? EnumSet.of(Role.ADMIN, Role.PRIVACY_MANAGER, Role.EMPLOYEE)
                : EnumSet.of(Role.ADMIN, Role.EMPLOYEE));
        PasswordPolicy.check(admin.getUsername(), firstRun.adminPassword());
        admin = userService.createTrusted(admin, firstRun.adminPassword());

        OrganisationProfile profile = new OrganisationProfile();
        profile.setName(firstRun.organisationName());
        profile.setSetUpAt(clock.instant());
        if (adminIsPrivacyManager) {
            profile.setPrivacyManager(admin);
        } else {
            UserAccount manager = new UserAccount();
            manager.setUsername("privacy.manager");
            manager.setDisplayName(firstRun.privacyManagerName());
            manager.setEmail(blankToDefault(firstRun.privacyManagerEmail(), "privacy.manager@localhost"));
            manager.setRoles(EnumSet.of(Role.PRIVACY_MANAGER, Role.EMPLOYEE));
            profile.setPrivacyManager(userService.createTrusted(manager, null));
        }
        profiles.save(profile);
        events.publishEvent(new FirstRunCompleted(profile.getId(), admin.getId(), demoRequested));
        return admin;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public OrganisationProfile updateProfile(String name, Long privacyManagerId) {
        OrganisationProfile profile = profiles.findFirstByOrderByIdAsc().orElseThrow();
        profile.setName(name);
        profile.setPrivacyManager(privacyManagerId == null ? null : users.findById(privacyManagerId).orElseThrow());
        return profile;
    }

    private static String blankToDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
