package jp.mamori.safeguard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.DepartmentService;
import jp.mamori.reminder.Obligation;
import jp.mamori.reminder.ObligationSource;
import jp.mamori.reminder.Severity;
import jp.mamori.shared.security.SystemActor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each item in force, for each department it applies to, owes one answer per check period,
 * due on the period's last day. The current period and the previous one (overdue if still
 * unanswered) are reported, and later ones as far as the horizon reaches; periods before the
 * item was tracked are not owed.
 */
@Component
class SafeguardCheckObligations implements ObligationSource {

    static final String KIND = "safeguard.check";
    static final String LINK = "safeguards/my-checks";
    private static final int SUBJECT_TEXT = 60;

    private final SafeguardItemRepository items;
    private final CheckAnswerRepository answers;
    private final DepartmentService departments;
    private final SafeguardSettings settings;
    private final Clock clock;

    SafeguardCheckObligations(SafeguardItemRepository items, CheckAnswerRepository answers,
                              DepartmentService departments, SafeguardSettings settings, Clock clock) {
        this.items = items;
        this.answers = answers;
        this.departments = departments;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Stream<Obligation> openObligationsDueBy(LocalDate horizon) {
        LocalDate today = LocalDate.now(clock);
        List<Department> active = SystemActor.call(departments::list).stream().filter(Department::isActive).toList();
        Set<String> answered = new HashSet<>();
        for (Object[] row : answers.findKeysEndingFrom(today.minusYears(2))) {
            if (row[3] != null) {
                answered.add(key((Long) row[0], (Long) row[1], (LocalDate) row[2]));
            }
        }
        List<Obligation> owed = new ArrayList<>();
        for (SafeguardItem item : items.findInForce()) {
            CheckPeriod current = item.getFrequency().periodContaining(today, settings.fiscalYearStartMonth());
            for (Department department : active) {
                if (!item.appliesTo(department)) {
                    continue;
                }
                for (CheckPeriod period = current.previous(); !period.end().isAfter(horizon); period = period.next()) {
                    if (!period.end().isBefore(item.getTrackedSince())
                            && !answered.contains(key(item.getId(), department.getId(), period.start()))) {
                        owed.add(obligation(item, department, period));
                    }
                }
            }
        }
        return owed.stream();
    }

    private static Obligation obligation(SafeguardItem item, Department department, CheckPeriod period) {
        String text = item.getTextJa();
        String subject = item.getCode() + " " + department.getName() + "："
                + (text.length() > SUBJECT_TEXT ? text.substring(0, SUBJECT_TEXT) + "…" : text);
        return new Obligation(KIND, key(item.getId(), department.getId(), period.start()), subject,
                item.getOwner() == null ? null : item.getOwner().getId(), department.getId(), period.end(), LINK,
                item.getRequirement() == Requirement.MANDATORY ? Severity.HIGH : Severity.NORMAL);
    }

    private static String key(long itemId, long departmentId, LocalDate periodStart) {
        return itemId + "/" + departmentId + "/" + periodStart;
    }
}
