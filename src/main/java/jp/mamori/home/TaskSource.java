package jp.mamori.home;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.security.Role;

/**
 * A feature's contribution to a role's section of the home page: an auditor's audits, what
 * awaits top management's approval. Implement it as a Spring bean in the feature's package;
 * it is asked only for people who hold {@link #audience()}, inside a read-only transaction.
 * {@link Role#EMPLOYEE} is everyone's "my tasks".
 */
public interface TaskSource {

    Role audience();

    List<Task> tasksFor(MamoriPrincipal person, Locale locale, LocalDate today);
}
