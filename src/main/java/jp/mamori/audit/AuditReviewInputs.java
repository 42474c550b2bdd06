package jp.mamori.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.DepartmentService;
import jp.mamori.review.ReviewInput;
import jp.mamori.review.ReviewInputSource;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.time.JapaneseDates;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit results of the period (each audit with its findings by grade, and the departments
 * left unaudited) and the state of corrective actions (raised, closed, still open, overdue).
 */
@Component
class AuditReviewInputs implements ReviewInputSource {

    private final AuditRepository audits;
    private final FindingRepository findings;
    private final CorrectiveActionRepository actions;
    private final DepartmentService departments;
    private final Messages messages;
    private final Clock clock;

    AuditReviewInputs(AuditRepository audits, FindingRepository findings, CorrectiveActionRepository actions,
                      DepartmentService departments, Messages messages, Clock clock) {
        this.audits = audits;
        this.findings = findings;
        this.actions = actions;
        this.departments = departments;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReviewInput> inputsFor(LocalDate from, LocalDate to, Locale locale) {
        return List.of(auditResults(from, to, locale), correctiveActions(from, to, locale));
    }

    private ReviewInput auditResults(LocalDate from, LocalDate to, Locale locale) {
        List<Audit> inPeriod = audits.findInPeriod(from, to);
        List<String> lines = new ArrayList<>();
        long reported = inPeriod.stream().filter(a -> !a.getStatus().isOpen()).count();
        lines.add(messages.get(locale, "audit.review.summary", inPeriod.size(), reported, inPeriod.size() - reported));
        for (Audit audit : inPeriod) {
            Map<FindingGrade, Integer> byGrade = new EnumMap<>(FindingGrade.class);
            findings.findByAuditOrderByIdAsc(audit).forEach(f -> byGrade.merge(f.getGrade(), 1, Integer::sum));
            String grades = Arrays.stream(FindingGrade.values())
                    .map(grade -> messages.label(locale, grade) + " " + byGrade.getOrDefault(grade, 0))
                    .collect(Collectors.joining("、"));
            LocalDate day = audit.getConductedOn() != null ? audit.getConductedOn() : audit.getPlannedDate();
            lines.add("・" + JapaneseDates.iso(day) + " " + audit.subject() + "（"
                    + messages.label(locale, audit.getStatus()) + "）：" + grades);
        }
        Set<Department> audited = inPeriod.stream().flatMap(a -> a.getDepartments().stream()).collect(Collectors.toSet());
        List<String> unaudited = departments.list().stream().filter(Department::isActive)
                .filter(d -> !audited.contains(d)).map(Department::getName).toList();
        lines.add(unaudited.isEmpty() ? messages.get(locale, "audit.review.allAudited")
                : messages.get(locale, "audit.review.unaudited", String.join("、", unaudited)));
        return new ReviewInput("audit.results", 30, messages.get(locale, "audit.review.results"), lines);
    }

    private ReviewInput correctiveActions(LocalDate from, LocalDate to, Locale locale) {
        Instant start = from.atStartOfDay(JapaneseDates.TOKYO).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(JapaneseDates.TOKYO).toInstant();
        LocalDate today = LocalDate.now(clock);
        List<CorrectiveAction> active = actions.findActiveBetween(start, end);
        long raised = active.stream().filter(a -> !a.getRaisedAt().isBefore(start)).count();
        long closed = active.stream().filter(a -> a.getClosedAt() != null && a.getClosedAt().isBefore(end)).count();
        List<CorrectiveAction> open = active.stream().filter(a -> a.getClosedAt() == null || !a.getClosedAt().isBefore(end))
                .toList();
        long overdue = open.stream().filter(a -> a.isOverdue(today)).count();
        List<String> lines = new ArrayList<>();
        lines.add(messages.get(locale, "correctiveAction.review.summary", raised, closed, open.size(), overdue));
        for (CorrectiveAction action : open) {
            lines.add("・" + action.reference() + " " + action.getTitle() + "（"
                    + messages.label(locale, action.getStatus()) + "、"
                    + messages.get(locale, "correctiveAction.dueDate") + " " + JapaneseDates.iso(action.getDueDate())
                    + (action.isOverdue(today) ? "、" + messages.get(locale, "correctiveAction.overdue") : "") + "）");
        }
        return new ReviewInput("audit.correctiveActions", 40, messages.get(locale, "correctiveAction.review.title"),
                lines);
    }
}
