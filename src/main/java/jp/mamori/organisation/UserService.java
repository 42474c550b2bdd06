package jp.mamori.organisation;

import jakarta.validation.Valid;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.i18n.LocalePreference;
import jp.mamori.shared.persistence.StaleRecordException;
import jp.mamori.shared.security.CurrentUser;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The register of workers and their accounts. Administrators and privacy managers see
 * everyone; anybody else sees only themselves.
 */
@Service
@Validated
public class UserService implements LocalePreference {

    private final UserAccountRepository users;
    private final DepartmentRepository departments;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;

    UserService(UserAccountRepository users, DepartmentRepository departments, PasswordEncoder passwordEncoder,
                ApplicationEventPublisher events) {
        this.users = users;
        this.departments = departments;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
    }

    @PreAuthorize("hasAnyRole('ADMIN','PRIVACY_MANAGER')")
    @Transactional(readOnly = true)
    public Page<UserAccount> page(UserFilter filter, Pageable pageable) {
        return users.findAll(UserSpecifications.matching(filter), pageable);
    }

    @PreAuthorize("hasAnyRole('ADMIN','PRIVACY_MANAGER')")
    @Transactional(readOnly = true)
    public long count(UserFilter filter) {
        return users.count(UserSpecifications.matching(filter));
    }

    /** Everyone for administrators and privacy managers; only oneself for anybody else. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<UserAccount> visibleToCaller() {
        MamoriPrincipal caller = CurrentUser.require();
        if (caller.hasAnyRole(Role.ADMIN, Role.PRIVACY_MANAGER)) {
            return users.findAllByOrderByUsernameAsc();
        }
        return users.findById(caller.userId()).map(List::of).orElse(List.of());
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public UserAccount get(long id) {
        MamoriPrincipal caller = CurrentUser.require();
        if (caller.userId() != id && !caller.hasAnyRole(Role.ADMIN, Role.PRIVACY_MANAGER)) {
            throw new AccessDeniedException("Only one's own account");
        }
        UserAccount user = users.findById(id).orElseThrow();
        initialise(user);
        return user;
    }

    /** People to choose from in pickers (department manager, owner of a record...). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<UserAccount> activeUsers() {
        return users.findByActiveTrueOrderByDisplayNameAsc();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserAccount save(@Valid UserAccount user) {
        users.findByUsernameIgnoreCase(user.getUsername())
                .filter(existing -> !existing.getId().equals(user.getId()))
                .ifPresent(existing -> {
                    throw RuleViolation.onField("username", "user.error.usernameTaken", user.getUsername());
                });
        if (!user.isNew()) {
            users.findById(user.getId()).ifPresent(stored -> user.setPasswordHash(stored.getPasswordHash()));
            preventLastAdministratorLoss(user);
        }
        UserAccount saved = users.save(user);
        initialise(saved);
        events.publishEvent(new AccountChanged(saved.getId()));
        return saved;
    }

    /** Creates or updates from plain values (the REST API). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserAccount save(Long id, Long expectedVersion, UserValues values, String initialPassword) {
        UserAccount user = id == null ? new UserAccount() : users.findById(id).orElseThrow();
        if (id != null && expectedVersion != null) {
            StaleRecordException.check(user, expectedVersion);
        }
        values.applyTo(user, departmentId -> departments.findById(departmentId)
                .orElseThrow(() -> RuleViolation.onField("departmentId", "user.error.unknownDepartment")));
        UserAccount saved = save(user);
        if (initialPassword != null && !initialPassword.isEmpty()) {
            setPassword(saved, initialPassword, true);
        }
        return saved;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void resetPassword(long userId, String newPassword) {
        UserAccount user = users.findById(userId).orElseThrow();
        setPassword(user, newPassword, true);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount user = users.findById(CurrentUser.require().userId()).orElseThrow();
        if (user.getPasswordHash() == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw RuleViolation.onField("currentPassword", "password.error.currentWrong");
        }
        setPassword(user, newPassword, false);
    }

    private void setPassword(UserAccount user, String password, boolean byAdministrator) {
        PasswordPolicy.check(user.getUsername(), password);
        user.setPasswordHash(passwordEncoder.encode(password));
        users.save(user);
        events.publishEvent(new PasswordChanged(user.getId(), user.getUsername(), byAdministrator));
    }

    /** For authentication: the account as a principal, whatever the caller's rights. */
    @Transactional(readOnly = true)
    public Optional<MamoriPrincipal> findPrincipal(String username) {
        return users.findByUsernameIgnoreCase(username).map(UserService::principal);
    }

    @Transactional(readOnly = true)
    public Optional<MamoriPrincipal> findPrincipal(long userId) {
        return users.findById(userId).map(UserService::principal);
    }

    @Transactional(readOnly = true)
    public boolean anyUserExists() {
        return users.count() > 0;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Locale> find(long userId) {
        return users.findById(userId).map(user -> Locale.forLanguageTag(user.getLanguage()));
    }

    @Override
    @Transactional
    public void save(long userId, Locale locale) {
        users.findById(userId).ifPresent(user -> user.setLanguage(locale.getLanguage()));
    }

    /** Creates an account outside any signed-in session: first-run setup and demo data only. */
    @Transactional
    UserAccount createTrusted(UserAccount user, String password) {
        UserAccount saved = users.save(user);
        if (password != null) {
            setPassword(saved, password, true);
        }
        return saved;
    }

    private void preventLastAdministratorLoss(UserAccount user) {
        boolean staysAdmin = user.isActive() && user.getRoles().contains(Role.ADMIN);
        if (!staysAdmin) {
            List<UserAccount> admins = users.findActiveWithRole(Role.ADMIN);
            if (admins.size() == 1 && admins.getFirst().getId().equals(user.getId())) {
                throw new RuleViolation("user.error.lastAdministrator");
            }
        }
    }

    static MamoriPrincipal principal(UserAccount user) {
        Set<Role> roles = user.getRoles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.getRoles());
        return new MamoriPrincipal(user.getId(), user.getUsername(), user.getDisplayName(), user.getPasswordHash(),
                roles, user.getDepartment() == null ? null : user.getDepartment().getId(),
                Locale.forLanguageTag(user.getLanguage()), user.isActive() && user.getPasswordHash() != null, false);
    }

    private static void initialise(UserAccount user) {
        if (user.getDepartment() != null) {
            user.getDepartment().getName();
        }
    }
}
