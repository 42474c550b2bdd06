package jp.mamori.consignee;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.security.CurrentUser;
import jp.mamori.shared.security.MamoriPrincipal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Assessments of consignees: scored against a template, decided by a privacy manager, kept for
 * good. A selection assessment moves the consignee's status and sets its next re-evaluation.
 */
@Service
@Validated
public class AssessmentService {

    private final AssessmentRepository assessments;
    private final ConsigneeRepository consignees;
    private final TemplateRepository templates;
    private final Clock clock;

    AssessmentService(AssessmentRepository assessments, ConsigneeRepository consignees, TemplateRepository templates,
                      Clock clock) {
        this.assessments = assessments;
        this.consignees = consignees;
        this.templates = templates;
        this.clock = clock;
    }

    /**
     * Records an assessment and its decision. Approval, with or without conditions, needs a
     * score at or above the pass mark; conditions are required for a conditional approval.
     */
    @PreAuthorize(ConsigneeService.KEEPERS)
    @Transactional
    public Assessment record(long consigneeId, @Valid AssessmentValues values) {
        Consignee consignee = consignees.findById(consigneeId).orElseThrow();
        AssessmentTemplate template = templates.findById(values.templateId()).orElseThrow();
        if (!template.isActive()) {
            throw RuleViolation.onField("templateId", "consignee.assessment.error.retiredTemplate");
        }
        LocalDate today = LocalDate.now(clock);
        if (values.assessedOn().isAfter(today)) {
            throw RuleViolation.onField("assessedOn", "consignee.assessment.error.future");
        }
        Map<Long, AssessmentValues.Given> given = new HashMap<>();
        values.answers().forEach(answer -> given.put(answer.criterionId(), answer));
        Assessment assessment = new Assessment(consignee, template, values.assessedOn());
        for (Criterion criterion : template.getCriteria()) {
            AssessmentValues.Given answer = given.remove(criterion.getId());
            if (answer == null) {
                throw RuleViolation.onField("answers", "consignee.assessment.error.unanswered", criterion.getPosition());
            }
            assessment.answer(criterion, answer.answer(), answer.evidence());
        }
        if (!given.isEmpty()) {
            throw RuleViolation.onField("answers", "consignee.assessment.error.foreignCriterion");
        }
        AssessmentScore score = assessment.computeScore();
        if (score.possible() == 0) {
            throw RuleViolation.onField("answers", "consignee.assessment.error.nothingApplies");
        }
        AssessmentDecision decision = values.decision();
        if (decision.needsPass() && !score.passes(template.getPassMark())) {
            throw RuleViolation.onField("decision", "consignee.assessment.error.belowPassMark",
                    score.percent().toPlainString(), template.getPassMark());
        }
        String conditions = blankToNull(values.conditions());
        if (decision == AssessmentDecision.APPROVE_WITH_CONDITIONS && conditions == null) {
            throw RuleViolation.onField("conditions", "consignee.assessment.error.conditionsRequired");
        }
        LocalDate nextDue = template.getKind() == TemplateKind.SELECTION && decision.needsPass()
                ? values.assessedOn().plusMonths(template.getReevaluationMonths()) : null;
        MamoriPrincipal decider = CurrentUser.require();
        assessment.decide(score, decision, decision == AssessmentDecision.APPROVE ? null : conditions,
                blankToNull(values.notes()), decider.username(), decider.displayName(), clock.instant(), nextDue);
        // A paper assessment entered late is kept as history, but the latest one decides the status.
        if (template.getKind() == TemplateKind.SELECTION && !assessments
                .existsByConsigneeIdAndKindAndAssessedOnAfter(consigneeId, TemplateKind.SELECTION,
                        values.assessedOn())) {
            consignee.setStatus(statusAfter(consignee.getStatus(), decision));
            consignee.setNextEvaluationDue(nextDue);
        }
        return assessments.save(assessment);
    }

    /**
     * The status a selection decision leads to. A rejected candidate was never entrusted with
     * anything, so it is simply not selected (REJECTED). A consignee that already holds
     * personal information and fails its re-evaluation is SUSPENDED: it receives nothing new,
     * while what it holds is dealt with under the contract (return or erasure) before the
     * privacy manager terminates it; a terminated one stays terminated.
     */
    static ConsigneeStatus statusAfter(ConsigneeStatus current, AssessmentDecision decision) {
        return switch (decision) {
            case APPROVE -> ConsigneeStatus.APPROVED;
            case APPROVE_WITH_CONDITIONS -> ConsigneeStatus.CONDITIONAL;
            case REJECT -> switch (current) {
                case CANDIDATE, REJECTED -> ConsigneeStatus.REJECTED;
                case TERMINATED -> ConsigneeStatus.TERMINATED;
                case APPROVED, CONDITIONAL, SUSPENDED -> ConsigneeStatus.SUSPENDED;
            };
        };
    }

    /** Every assessment of the consignee, newest first. */
    @PreAuthorize(ConsigneeService.READERS)
    @Transactional(readOnly = true)
    public List<Assessment> history(long consigneeId) {
        return assessments.findByConsigneeIdOrderByAssessedOnDescIdDesc(consigneeId);
    }

    /** One assessment with its answers. */
    @PreAuthorize(ConsigneeService.READERS)
    @Transactional(readOnly = true)
    public Assessment get(long id) {
        return assessments.findWithAnswers(id).orElseThrow();
    }

    /** The assessments made in the period (both days included), oldest first, with their answers. */
    @PreAuthorize(ConsigneeService.READERS)
    @Transactional(readOnly = true)
    public List<Assessment> inPeriod(LocalDate from, LocalDate to) {
        return assessments.findInPeriodWithAnswers(from, to);
    }

    /**
     * Figures for a dashboard: evaluations in the period, and overdue, suspended and with a
     * lapsed certification as of today.
     */
    @PreAuthorize(ConsigneeService.READERS)
    @Transactional(readOnly = true)
    public EvaluationCounts counts(LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        List<Assessment> selections = assessments.findInPeriod(from, to).stream()
                .filter(a -> a.getKind() == TemplateKind.SELECTION).toList();
        long rejected = selections.stream().filter(a -> a.getDecision() == AssessmentDecision.REJECT).count();
        long overdue = consignees.findEvaluationsDueBy(today.minusDays(1), ConsigneeSpecifications.SUPERVISED).size();
        long lapsed = consignees.count(ConsigneeSpecifications.certificationLapsed(today));
        long supervised = consignees.countByActiveTrueAndStatus(ConsigneeStatus.APPROVED)
                + consignees.countByActiveTrueAndStatus(ConsigneeStatus.CONDITIONAL);
        return new EvaluationCounts(selections.size(), rejected, overdue,
                consignees.countByActiveTrueAndStatus(ConsigneeStatus.SUSPENDED), lapsed, supervised);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
