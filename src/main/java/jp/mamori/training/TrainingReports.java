package jp.mamori.training;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.pdf.PdfReport;
import jp.mamori.shared.pdf.PdfReports;
import jp.mamori.shared.tabular.Cells;
import jp.mamori.shared.time.JapaneseDates;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What managers and examiners read: completion by department and course, each person's
 * record, the training records as xlsx, the training report and per-person certificates
 * as PDF. Everything is limited to the caller's reach (see {@link TrainingAccess}).
 */
@Service
public class TrainingReports {

    private final AssignmentRepository assignments;
    private final SubmissionRepository submissions;
    private final AttestationRepository attestations;
    private final TrainingAccess access;
    private final TrainingCalendar calendar;
    private final CompletionChart chart;
    private final PdfReports reports;
    private final Messages messages;
    private final Clock clock;

    TrainingReports(AssignmentRepository assignments, SubmissionRepository submissions,
                    AttestationRepository attestations, TrainingAccess access, TrainingCalendar calendar,
                    CompletionChart chart, PdfReports reports, Messages messages, Clock clock) {
        this.assignments = assignments;
        this.submissions = submissions;
        this.attestations = attestations;
        this.access = access;
        this.calendar = calendar;
        this.chart = chart;
        this.reports = reports;
        this.messages = messages;
        this.clock = clock;
    }

    /** Completion per course and department, in course then department order. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CompletionRow> completion(AssignmentFilter filter, Locale locale) {
        return completion(scoped(filter), assignment -> new Group(assignment.getCourse().getTitle(),
                departmentName(assignment.getUser(), locale)));
    }

    /** Completion per department over the courses that match, as the chart shows it. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CompletionRow> completionByDepartment(AssignmentFilter filter, Locale locale) {
        return completion(scoped(filter), assignment -> new Group(null, departmentName(assignment.getUser(), locale)));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public byte[] chartPng(AssignmentFilter filter, Locale locale) {
        return chart.png(completionByDepartment(filter, locale), Messages.supported(locale));
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public PersonRecord record(long userId, Locale locale) {
        TrainingAccess.Reach reach = access.reach();
        List<TrainingAssignment> own = assignments.findAll(
                AssignmentSpecifications.matching(AssignmentFilter.ofUser(userId), reach, today()));
        if (own.isEmpty()) {
            if (!reach.everyone() && userId != reach.userId() && !reach.isManager()) {
                throw new AccessDeniedException("Not within the caller's training records");
            }
            return new PersonRecord(userId, "", "", List.of());
        }
        UserAccount worker = own.getFirst().getUser();
        Map<Long, Attestation> signed = attestations.findByAssignmentIdIn(
                own.stream().map(TrainingAssignment::getId).toList()).stream()
                .collect(Collectors.toMap(attestation -> attestation.getAssignment().getId(), Function.identity()));
        List<PersonRecord.Entry> entries = own.stream()
                .sorted(Comparator.comparing(TrainingAssignment::getAssignedOn).reversed())
                .map(assignment -> new PersonRecord.Entry(assignment,
                        submissions.findByAssignmentIdOrderByAttemptAsc(assignment.getId()),
                        signed.get(assignment.getId())))
                .toList();
        return new PersonRecord(worker.getId(), worker.getDisplayName(), departmentName(worker, locale), entries);
    }

    /** The training records within reach, one row per assignment, as an xlsx workbook. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public void exportXlsx(AssignmentFilter filter, OutputStream out, Locale locale) {
        writeXlsx(scoped(filter), out, locale);
    }

    /** The same, limited to the assignments that ran within a period (assigned by its end, due from its start). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public void exportXlsx(AssignmentFilter filter, LocalDate from, LocalDate to, OutputStream out, Locale locale) {
        writeXlsx(during(scoped(filter), from, to), out, locale);
    }

    private void writeXlsx(List<TrainingAssignment> rows, OutputStream out, Locale locale) {
        Locale language = Messages.supported(locale);
        Map<Long, Attestation> signed = signedBy(rows);
        List<String> headers = List.of("training.export.username", "training.export.worker", "training.export.department",
                "training.course.title", "training.course.kind", "training.assignment.cycle",
                "training.assignment.assignedOn", "training.assignment.dueOn", "training.assignment.status",
                "training.assignment.attempts", "training.assignment.bestScore", "training.attestation.attestedAt",
                "training.attestation.courseVersion", "training.attestation.pledgeVersion",
                "training.attestation.clientAddress", "training.assignment.exemptionReason");
        try {
            Workbook workbook = new Workbook(out, "Mamori", "1.0");
            Worksheet sheet = workbook.newWorksheet(messages.get(language, "training.export.sheet"));
            for (int column = 0; column < headers.size(); column++) {
                sheet.value(0, column, messages.get(language, headers.get(column)));
                sheet.style(0, column).bold().fillColor("E8EEF4").set();
            }
            int line = 1;
            for (TrainingAssignment assignment : rows) {
                Attestation attestation = signed.get(assignment.getId());
                UserAccount worker = assignment.getUser();
                List<String> cells = List.of(worker.getUsername(), worker.getDisplayName(),
                        departmentName(worker, language), assignment.getCourse().getTitle(),
                        messages.label(language, assignment.getCourse().getKind()),
                        cycleLabel(assignment.getCycle(), language), JapaneseDates.iso(assignment.getAssignedOn()),
                        JapaneseDates.iso(assignment.getDueOn()), statusLabel(assignment, language),
                        String.valueOf(assignment.getAttemptsUsed()),
                        assignment.getBestScore() == null ? "" : String.valueOf(assignment.getBestScore()),
                        attestation == null ? "" : JapaneseDates.dateTime(attestation.getAttestedAt()),
                        attestation == null ? "" : String.valueOf(attestation.getCourseVersion()),
                        attestation == null ? "" : String.valueOf(attestation.getPledgeVersion()),
                        attestation == null || attestation.getClientAddress() == null ? "" : attestation.getClientAddress(),
                        assignment.getExemptionReason() == null ? "" : assignment.getExemptionReason());
                for (int column = 0; column < cells.size(); column++) {
                    sheet.value(line, column, Cells.neutralise(cells.get(column)));
                }
                line++;
            }
            workbook.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The training report examiners ask for: per course, its facts, completion by department
     * (with the chart), every attendee with dates, scores and pledges, and the pledge texts.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public void reportPdf(AssignmentFilter filter, OutputStream out, Locale locale) {
        writeReport(scoped(filter), out, locale);
    }

    /** The same, limited to the assignments that ran within a period (assigned by its end, due from its start). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public void reportPdf(AssignmentFilter filter, LocalDate from, LocalDate to, OutputStream out, Locale locale) {
        writeReport(during(scoped(filter), from, to), out, locale);
    }

    private void writeReport(List<TrainingAssignment> rows, OutputStream out, Locale locale) {
        Locale language = Messages.supported(locale);
        Map<Long, Attestation> signed = signedBy(rows);
        Map<Course, List<TrainingAssignment>> byCourse = new LinkedHashMap<>();
        rows.stream().sorted(Comparator.comparing((TrainingAssignment a) -> a.getCourse().getTitle())
                        .thenComparing(TrainingAssignment::getCycle)
                        .thenComparing(a -> departmentName(a.getUser(), language))
                        .thenComparing(a -> a.getUser().getDisplayName()))
                .forEach(assignment -> byCourse.computeIfAbsent(assignment.getCourse(), c -> new ArrayList<>())
                        .add(assignment));
        try (PdfReport pdf = reports.open(out, PdfReport.Orientation.LANDSCAPE, "training.report.title", language)) {
            if (byCourse.isEmpty()) {
                pdf.paragraph(messages.get(language, "training.report.empty"));
            }
            boolean first = true;
            for (Map.Entry<Course, List<TrainingAssignment>> entry : byCourse.entrySet()) {
                if (!first) {
                    pdf.newPage();
                }
                first = false;
                writeCourse(pdf, entry.getKey(), entry.getValue(), signed, language);
            }
        }
    }

    /** A certificate of completion for one finished assignment. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public void certificatePdf(long assignmentId, OutputStream out, Locale locale) {
        Locale language = Messages.supported(locale);
        TrainingAssignment assignment = assignments.findDetailed(assignmentId).orElseThrow();
        access.check(assignment);
        Attestation attestation = attestations.findByAssignmentId(assignmentId)
                .orElseThrow(() -> new RuleViolation("training.error.notCompleted"));
        Course course = assignment.getCourse();
        UserAccount worker = assignment.getUser();
        try (PdfReport pdf = reports.open(out, PdfReport.Orientation.PORTRAIT, "training.certificate.title", language)) {
            pdf.paragraph(messages.get(language, "training.certificate.statement", worker.getDisplayName(),
                    course.getTitle()));
            PdfReport.Table facts = pdf.table(List.of(messages.get(language, "training.certificate.item"),
                    messages.get(language, "training.certificate.value")), new float[] {1.2f, 3f});
            facts.row(List.of(messages.get(language, "training.export.worker"),
                    worker.getDisplayName() + " (" + worker.getUsername() + ")"));
            facts.row(List.of(messages.get(language, "training.export.department"), departmentName(worker, language)));
            facts.row(List.of(messages.get(language, "training.course.title"), course.getTitle()));
            facts.row(List.of(messages.get(language, "training.course.kind"), messages.label(language, course.getKind())));
            facts.row(List.of(messages.get(language, "training.assignment.cycle"),
                    cycleLabel(assignment.getCycle(), language)));
            facts.row(List.of(messages.get(language, "training.attestation.courseVersion"),
                    String.valueOf(attestation.getCourseVersion())));
            facts.row(List.of(messages.get(language, "training.attestation.score"),
                    messages.get(language, "training.score.of", attestation.getScore(), course.getPassMark())));
            facts.row(List.of(messages.get(language, "training.attestation.attestedAt"), JapaneseDates.dateTime(attestation.getAttestedAt())
                    + ("ja".equals(language.getLanguage()) ? "（" + JapaneseDates.wareki(attestedOn(attestation)) + "）" : "")));
            facts.row(List.of(messages.get(language, "training.attestation.pledgeVersion"),
                    String.valueOf(attestation.getPledgeVersion())));
            facts.row(List.of(messages.get(language, "training.certificate.number"),
                    "ATT-" + attestation.getId()));
            facts.end();
            pdf.section(messages.get(language, "training.certificate.pledge"));
            pdf.paragraph(course.pledge(attestation.getPledgeVersion()).getText());
        }
    }

    private void writeCourse(PdfReport pdf, Course course, List<TrainingAssignment> rows, Map<Long, Attestation> signed,
                             Locale language) {
        pdf.section(course.getTitle());
        LocalDate firstAssigned = rows.stream().map(TrainingAssignment::getAssignedOn).min(LocalDate::compareTo)
                .orElse(null);
        LocalDate lastDue = rows.stream().map(TrainingAssignment::getDueOn).max(LocalDate::compareTo).orElse(null);
        pdf.paragraph(messages.get(language, "training.report.facts",
                messages.label(language, course.getKind()), course.getContentVersion(), course.getPassMark(),
                course.getMaxAttempts(), JapaneseDates.isoWithWareki(firstAssigned, language),
                JapaneseDates.isoWithWareki(lastDue, language)));
        List<CompletionRow> byDepartment = completion(rows,
                assignment -> new Group(null, departmentName(assignment.getUser(), language)));
        PdfReport.Table summary = pdf.table(List.of(messages.get(language, "training.export.department"),
                messages.get(language, "training.completion.assigned"),
                messages.get(language, "training.status.COMPLETED"), messages.get(language, "training.chart.open"),
                messages.get(language, "training.chart.overdue"), messages.get(language, "training.status.FAILED"),
                messages.get(language, "training.status.EXEMPTED"), messages.get(language, "training.completion.rate")),
                new float[] {3f, 1f, 1f, 1f, 1f, 1f, 1f, 1f});
        for (CompletionRow row : byDepartment) {
            summary.row(List.of(row.department(), String.valueOf(row.assigned()), String.valueOf(row.completed()),
                    String.valueOf(row.open()), String.valueOf(row.overdue()), String.valueOf(row.failed()),
                    String.valueOf(row.exempted()), row.rate() + "%"));
        }
        summary.end();
        pdf.image(chart.png(byDepartment, language));
        pdf.section(messages.get(language, "training.report.attendees"));
        PdfReport.Table attendees = pdf.table(List.of(messages.get(language, "training.export.worker"),
                messages.get(language, "training.export.department"), messages.get(language, "training.assignment.cycle"),
                messages.get(language, "training.assignment.dueOn"), messages.get(language, "training.assignment.status"),
                messages.get(language, "training.assignment.attempts"), messages.get(language, "training.attestation.score"),
                messages.get(language, "training.attestation.attestedAt"),
                messages.get(language, "training.attestation.courseVersion"),
                messages.get(language, "training.attestation.pledgeVersion")),
                new float[] {2.2f, 2.2f, 1.1f, 1.3f, 1.3f, 0.8f, 0.8f, 1.8f, 0.8f, 0.8f});
        for (TrainingAssignment assignment : rows) {
            Attestation attestation = signed.get(assignment.getId());
            attendees.row(List.of(assignment.getUser().getDisplayName(), departmentName(assignment.getUser(), language),
                    cycleLabel(assignment.getCycle(), language), JapaneseDates.iso(assignment.getDueOn()),
                    statusLabel(assignment, language), String.valueOf(assignment.getAttemptsUsed()),
                    attestation != null ? String.valueOf(attestation.getScore())
                            : assignment.getBestScore() == null ? "" : String.valueOf(assignment.getBestScore()),
                    attestation == null ? "" : JapaneseDates.dateTime(attestation.getAttestedAt()),
                    attestation == null ? "" : String.valueOf(attestation.getCourseVersion()),
                    attestation == null ? "" : String.valueOf(attestation.getPledgeVersion())));
        }
        attendees.end();
        pdf.section(messages.get(language, "training.report.pledges"));
        for (Pledge pledge : course.getPledges()) {
            pdf.paragraph(messages.get(language, "training.report.pledgeVersion", pledge.getVersion(),
                    JapaneseDates.dateTime(pledge.getPublishedAt())));
            pdf.paragraph(pledge.getText());
        }
    }

    private List<TrainingAssignment> scoped(AssignmentFilter filter) {
        return assignments.findAll(AssignmentSpecifications.matching(filter, access.reach(), today()));
    }

    private static List<TrainingAssignment> during(List<TrainingAssignment> rows, LocalDate from, LocalDate to) {
        return rows.stream().filter(a -> !a.getAssignedOn().isAfter(to) && !a.getDueOn().isBefore(from)).toList();
    }

    private Map<Long, Attestation> signedBy(List<TrainingAssignment> rows) {
        List<Long> completed = rows.stream().filter(a -> a.getStatus() == AssignmentStatus.COMPLETED)
                .map(TrainingAssignment::getId).toList();
        if (completed.isEmpty()) {
            return Map.of();
        }
        return attestations.findByAssignmentIdIn(completed).stream()
                .collect(Collectors.toMap(attestation -> attestation.getAssignment().getId(), Function.identity()));
    }

    /** What completion is counted by: a course and a department, or a department alone (course null). */
    private record Group(String course, String department) {
        static final Comparator<Group> ORDER = Comparator.comparing(Group::course,
                Comparator.nullsFirst(Comparator.<String>naturalOrder())).thenComparing(Group::department);
    }

    private List<CompletionRow> completion(List<TrainingAssignment> rows, Function<TrainingAssignment, Group> group) {
        LocalDate today = today();
        Map<Group, CompletionRow> totals = new TreeMap<>(Group.ORDER);
        for (TrainingAssignment assignment : rows) {
            Group key = group.apply(assignment);
            AssignmentStatus status = assignment.getStatus();
            CompletionRow one = new CompletionRow(key.course(), key.department(), 1,
                    status == AssignmentStatus.COMPLETED ? 1 : 0, status.isOpen() ? 1 : 0,
                    assignment.isOverdue(today) ? 1 : 0, status == AssignmentStatus.FAILED ? 1 : 0,
                    status == AssignmentStatus.EXEMPTED ? 1 : 0);
            totals.merge(key, one, CompletionRow::plus);
        }
        return List.copyOf(totals.values());
    }

    private String departmentName(UserAccount worker, Locale locale) {
        return worker.getDepartment() == null ? messages.get(Messages.supported(locale), "training.noDepartment")
                : worker.getDepartment().getName();
    }

    private String statusLabel(TrainingAssignment assignment, Locale locale) {
        String label = messages.label(locale, assignment.getStatus());
        return assignment.isOverdue(today()) ? label + " (" + messages.get(locale, "training.chart.overdue") + ")" : label;
    }

    private String cycleLabel(String cycle, Locale locale) {
        return calendar.cycleLabel(cycle, locale, key -> messages.get(locale, key));
    }

    private static LocalDate attestedOn(Attestation attestation) {
        return attestation.getAttestedAt().atZone(JapaneseDates.TOKYO).toLocalDate();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
