package jp.mamori.organisation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.mamori.reminder.RecipientDirectory;
import jp.mamori.shared.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The user register as the reminder engine's address book. Inactive workers receive nothing. */
@Component
class OrganisationRecipients implements RecipientDirectory {

    private final UserAccountRepository users;
    private final DepartmentRepository departments;

    OrganisationRecipients(UserAccountRepository users, DepartmentRepository departments) {
        this.users = users;
        this.departments = departments;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Recipient> recipient(long userId) {
        return users.findById(userId).filter(UserAccount::isActive).map(OrganisationRecipients::toRecipient);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Recipient> departmentManager(long departmentId) {
        return departments.findById(departmentId)
                .map(Department::getManager)
                .filter(UserAccount::isActive)
                .map(OrganisationRecipients::toRecipient);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Recipient> privacyManagers() {
        return users.findActiveWithRole(Role.PRIVACY_MANAGER).stream().map(OrganisationRecipients::toRecipient).toList();
    }

    private static Recipient toRecipient(UserAccount user) {
        return new Recipient(user.getId(), user.getDisplayName(), user.getEmail(), Locale.forLanguageTag(user.getLanguage()));
    }
}
