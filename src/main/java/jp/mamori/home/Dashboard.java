package jp.mamori.home;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.mamori.shared.security.CurrentUser;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the home page shows: the readiness figures and, per role the caller holds, what awaits them. */
@Service
public class Dashboard {

    /** The roles with a section of tasks, in the order the page shows them. */
    static final List<Role> SECTIONS = List.of(Role.EMPLOYEE, Role.AUDITOR, Role.TOP_MANAGEMENT);

    private static final Comparator<Task> BY_DUE_DATE = Comparator.comparing(Task::dueDate,
            Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(Task::kindKey).thenComparing(Task::subject);

    private final List<ReadinessIndicator> indicators;
    private final List<TaskSource> sources;
    private final Clock clock;

    Dashboard(List<ReadinessIndicator> indicators, List<TaskSource> sources, Clock clock) {
        this.indicators = indicators.stream().sorted(Comparator.comparingInt(ReadinessIndicator::order)).toList();
        this.sources = List.copyOf(sources);
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Every feature's figures, in the features' order. */
    @PreAuthorize("hasRole('PRIVACY_MANAGER')")
    @Transactional(readOnly = true)
    public List<Figure> readiness(Locale locale) {
        LocalDate today = today();
        return indicators.stream().flatMap(indicator -> indicator.figures(locale, today).stream()).toList();
    }

    /**
     * The caller's tasks by section: everyone has "my tasks" ({@link Role#EMPLOYEE}); auditors and
     * top management have a section of their own. Earliest due first, undated last.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Map<Role, List<Task>> tasks(Locale locale) {
        MamoriPrincipal me = CurrentUser.require();
        LocalDate today = today();
        Map<Role, List<Task>> sections = new EnumMap<>(Role.class);
        for (Role role : SECTIONS) {
            if (role == Role.EMPLOYEE || me.hasRole(role)) {
                List<Task> tasks = new ArrayList<>();
                sources.stream().filter(source -> source.audience() == role)
                        .forEach(source -> tasks.addAll(source.tasksFor(me, locale, today)));
                tasks.sort(BY_DUE_DATE);
                sections.put(role, tasks);
            }
        }
        return sections;
    }
}
