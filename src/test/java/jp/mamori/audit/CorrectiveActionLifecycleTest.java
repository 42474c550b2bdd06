package jp.mamori.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.mamori.reminder.Obligation;
import jp.mamori.reminder.Severity;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.support.Actors;
import jp.mamori.support.Fixtures;
import jp.mamori.support.MamoriIntegrationTest;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@MamoriIntegrationTest
class CorrectiveActionLifecycleTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    AuditService audits;
    @Autowired
    FindingService findings;
    @Autowired
    CorrectiveActionService actions;
    @Autowired
    CorrectiveActionObligations obligations;
    @Autowired
    AuditSettings settings;
    @Autowired
    Messages messages;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    AuditScenario scenario;
    LocalDate today;

    @BeforeEach
    void organisation() {
        scenario = AuditScenario.create(fixtures);
        today = LocalDate.now(clock);
    }

    @Test
    void anActionRunsThroughEveryStepAndKeepsItsTimeline() {
        FindingService.Entry entry = nonconformity(FindingGrade.MAJOR_NONCONFORMITY);
        CorrectiveAction action = entry.action();
        assertThat(action.getStatus()).isEqualTo(CorrectiveActionStatus.IMMEDIATE_CORRECTION);
        assertThat(action.getOwner().getId()).as("the department's manager owns it by default")
                .isEqualTo(scenario.manager.getId());
        assertThat(action.getDueDate()).isEqualTo(today.plusDays(settings.actionDays()));
        assertThat(entry.finding().getStatus()).isEqualTo(FindingStatus.IN_CORRECTION);

        MamoriPrincipal owner = scenario.as(scenario.manager);
        action = move(owner, action, TransitionRequest.to(CorrectiveActionStatus.ROOT_CAUSE_ANALYSIS, action.getVersion())
                .withImmediateCorrection("未施錠のキャビネットを施錠した"));
        action = move(owner, action, TransitionRequest.to(CorrectiveActionStatus.PLANNING, action.getVersion())
                .withRootCause("退社時の施錠確認の手順がなかった"));
        action = move(owner, action, TransitionRequest.to(CorrectiveActionStatus.IMPLEMENTATION, action.getVersion())
                .withPlan("施錠確認表を作成し、最終退出者が記入する", scenario.worker.getId(), today.plusDays(14))
                .withComment("担当を変更"));
        assertThat(action.getOwner().getId()).as("the plan names the owner").isEqualTo(scenario.worker.getId());
        assertThat(action.getDueDate()).isEqualTo(today.plusDays(14));
        MamoriPrincipal newOwner = scenario.as(scenario.worker);
        action = move(newOwner, action, TransitionRequest.to(CorrectiveActionStatus.VERIFICATION, action.getVersion())
                .withImplementation("施錠確認表の運用を開始した"));
        assertThat(action.getImplementedBy().getId()).isEqualTo(scenario.worker.getId());
        action = move(scenario.as(scenario.auditor), action,
                TransitionRequest.to(CorrectiveActionStatus.CLOSED, action.getVersion())
                        .withVerification("2週間分の施錠確認表を確認し、未施錠の再発なし"));

        assertThat(action.getStatus()).isEqualTo(CorrectiveActionStatus.CLOSED);
        assertThat(action.getVerifiedBy().getId()).isEqualTo(scenario.auditor.getId());
        assertThat(action.getClosedAt()).isNotNull();
        FindingService.Entry closed = Actors.as(scenario.as(scenario.lead), () -> findings.get(entry.finding().getId()));
        assertThat(closed.finding().getStatus()).as("the nonconformity closes with its action").isEqualTo(FindingStatus.CLOSED);
        assertThat(closed.finding().getClosingNote()).contains(action.reference());

        long actionId = action.getId();
        List<ActionTransition> timeline = Actors.as(scenario.as(scenario.privacyManager), () -> actions.timeline(actionId));
        assertThat(timeline).extracting(ActionTransition::getTo).containsExactly(
                CorrectiveActionStatus.IMMEDIATE_CORRECTION, CorrectiveActionStatus.ROOT_CAUSE_ANALYSIS,
                CorrectiveActionStatus.PLANNING, CorrectiveActionStatus.IMPLEMENTATION,
                CorrectiveActionStatus.VERIFICATION, CorrectiveActionStatus.CLOSED);
        assertThat(timeline).extracting(ActionTransition::getActorName).containsExactly(
                scenario.lead.getUsername(), scenario.manager.getUsername(), scenario.manager.getUsername(),
                scenario.manager.getUsername(), scenario.worker.getUsername(), scenario.auditor.getUsername());
        assertThat(timeline).allSatisfy(step -> assertThat(step.getActedAt()).isNotNull());
        assertThat(timeline.get(3).getDetail()).isEqualTo("施錠確認表を作成し、最終退出者が記入する");
        assertThat(timeline.get(3).getComment()).isEqualTo("担当を変更");
        assertThat(timeline.get(3).getDueDate()).isEqualTo(today.plusDays(14));

        assertThatThrownBy(() -> jdbc.update("update corrective_action_transition set comment = 'x' where action_id = ?",
                actionId)).as("the timeline cannot be rewritten").hasMessageContaining("immutable");
        assertThatThrownBy(() -> jdbc.update("delete from corrective_action_transition where action_id = ?", actionId))
                .hasMessageContaining("immutable");
    }

    @Test
    void theRootCauseAnalysisCannotBeSkipped() {
        CorrectiveAction action = nonconformity(FindingGrade.MINOR_NONCONFORMITY).action();
        for (CorrectiveActionStatus target : List.of(CorrectiveActionStatus.PLANNING,
                CorrectiveActionStatus.IMPLEMENTATION, CorrectiveActionStatus.VERIFICATION)) {
            refused(scenario.as(scenario.manager), action, TransitionRequest.to(target, action.getVersion())
                    .withImmediateCorrection("施錠した").withPlan("手順を作る", null, today.plusDays(5)))
                    .satisfies(e -> assertThat(((RuleViolation) e).messageKey()).isEqualTo("correctiveAction.error.rootCauseSkipped"));
        }
        CorrectiveAction advanced = move(scenario.as(scenario.manager), action,
                TransitionRequest.to(CorrectiveActionStatus.ROOT_CAUSE_ANALYSIS, action.getVersion())
                        .withImmediateCorrection("施錠した"));
        refused(scenario.as(scenario.manager), advanced, TransitionRequest.to(CorrectiveActionStatus.PLANNING,
                advanced.getVersion()).withRootCause("  "))
                .satisfies(e -> assertThat(((RuleViolation) e).field()).as("the step must record its result")
                        .isEqualTo("rootCause"));
        refused(scenario.as(scenario.manager), advanced, TransitionRequest.to(CorrectiveActionStatus.IMMEDIATE_CORRECTION,
                advanced.getVersion()))
                .satisfies(e -> {
                    RuleViolation violation = (RuleViolation) e;
                    assertThat(violation.messageKey()).isEqualTo("correctiveAction.error.transition");
                    assertThat(messages.get(Messages.ENGLISH, violation.messageKey(), violation.arguments()))
                            .isEqualTo("An action at the step Root-cause analysis cannot move to Immediate correction. "
                                    + "Next step: action plan");
                });
    }

    @Test
    void nothingClosesWithoutVerificationByAnIndependentPerson() {
        CorrectiveAction action = implemented(scenario.as(scenario.privacyManager));

        refused(scenario.as(scenario.privacyManager), action, TransitionRequest.to(CorrectiveActionStatus.CLOSED,
                action.getVersion()).withVerification("確認した"))
                .satisfies(e -> assertThat(((RuleViolation) e).messageKey()).as("the implementer does not verify")
                        .isEqualTo("correctiveAction.error.implementerVerification"));
        refused(scenario.as(scenario.manager), action, TransitionRequest.to(CorrectiveActionStatus.CLOSED,
                action.getVersion()).withVerification("確認した"))
                .satisfies(e -> assertThat(((RuleViolation) e).messageKey()).as("a plain owner is not a verifier")
                        .isEqualTo("correctiveAction.error.verifierRole"));
        refused(scenario.as(scenario.auditor), action, TransitionRequest.to(CorrectiveActionStatus.CLOSED,
                action.getVersion()).withVerification(" "))
                .satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("verification"));

        CorrectiveAction back = move(scenario.as(scenario.auditor), action,
                TransitionRequest.to(CorrectiveActionStatus.PLANNING, action.getVersion())
                        .withVerification("翌週も未施錠が2件あり、有効でない"));
        assertThat(back.getStatus()).as("not effective goes back to planning").isEqualTo(CorrectiveActionStatus.PLANNING);
        assertThat(back.getClosedAt()).isNull();
        refused(scenario.as(scenario.manager), back, TransitionRequest.to(CorrectiveActionStatus.CLOSED, back.getVersion())
                .withVerification("有効"))
                .satisfies(e -> assertThat(((RuleViolation) e).messageKey())
                        .isEqualTo("correctiveAction.error.closeWithoutVerification"));
    }

    @Test
    void theOwnerNeverVerifiesTheirOwnAction() {
        Audit audit = scenario.planAudit(audits, today.plusDays(3));
        FindingService.Entry entry = Actors.as(scenario.as(scenario.lead), () -> findings.record(audit.getId(),
                new FindingValues(null, FindingGrade.MINOR_NONCONFORMITY, "A.3.4.5 認識", "教育の未受講者がいる",
                        "受講記録", null, scenario.privacyManager.getId(), null)));
        MamoriPrincipal owner = scenario.as(scenario.privacyManager);
        CorrectiveAction action = implemented(owner, entry.action());

        refused(owner, action, TransitionRequest.to(CorrectiveActionStatus.CLOSED, action.getVersion())
                .withVerification("督促後の受講率100%を確認"))
                .satisfies(e -> {
                    RuleViolation violation = (RuleViolation) e;
                    assertThat(violation.messageKey()).isEqualTo("correctiveAction.error.ownVerification");
                    assertThat(messages.get(Messages.JAPANESE, violation.messageKey(), violation.arguments()))
                            .startsWith(scenario.privacyManager.getDisplayName() + "さんはこの是正処置の担当者のため");
                });
        CorrectiveAction closed = move(scenario.as(scenario.lead), action, TransitionRequest.to(
                CorrectiveActionStatus.CLOSED, action.getVersion()).withVerification("督促後の受講率100%を確認"));
        assertThat(closed.getStatus()).isEqualTo(CorrectiveActionStatus.CLOSED);
        refused(owner, closed, TransitionRequest.to(CorrectiveActionStatus.PLANNING, closed.getVersion()))
                .satisfies(e -> assertThat(((RuleViolation) e).messageKey()).isEqualTo("correctiveAction.error.closed"));
    }

    @Test
    void workersSeeAndMoveOnlyTheirOwnActions() {
        CorrectiveAction action = nonconformity(FindingGrade.MINOR_NONCONFORMITY).action();
        MamoriPrincipal stranger = scenario.as(scenario.worker);
        assertThatThrownBy(() -> Actors.as(stranger, () -> actions.get(action.getId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Actors.as(stranger, () -> actions.transition(action.getId(),
                TransitionRequest.to(CorrectiveActionStatus.ROOT_CAUSE_ANALYSIS, null).withImmediateCorrection("x"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Actors.as(stranger, () -> actions.count(ActionFilter.all()))).isZero();
        assertThat(Actors.as(scenario.as(scenario.manager), () -> actions.page(ActionFilter.all(),
                PageRequest.of(0, 50)).getContent()))
                .extracting(CorrectiveAction::getId).containsExactly(action.getId());
        refused(scenario.as(scenario.auditor), action, TransitionRequest.to(CorrectiveActionStatus.ROOT_CAUSE_ANALYSIS,
                action.getVersion()).withImmediateCorrection("施錠した"))
                .satisfies(e -> assertThat(((RuleViolation) e).messageKey()).as("an auditor does not correct for the owner")
                        .isEqualTo("correctiveAction.error.notOwner"));
    }

    @Test
    void dueAndVerificationAreObligations() {
        CorrectiveAction action = nonconformity(FindingGrade.MAJOR_NONCONFORMITY).action();
        assertThat(mine(action, action.getDueDate().minusDays(1))).isEmpty();
        assertThat(mine(action, action.getDueDate())).singleElement().satisfies(o -> {
            assertThat(o.kind()).isEqualTo("corrective-action.due");
            assertThat(o.responsibleUserId()).isEqualTo(scenario.manager.getId());
            assertThat(o.departmentId()).isEqualTo(scenario.audited.getId());
            assertThat(o.severity()).as("a major nonconformity is urgent").isEqualTo(Severity.HIGH);
            assertThat(o.link()).isEqualTo("corrective-actions/" + action.getId());
        });

        CorrectiveAction done = implemented(scenario.as(scenario.manager), action);
        LocalDate verifyBy = today.plusDays(settings.verificationDays());
        assertThat(mine(done, verifyBy)).singleElement().satisfies(o -> {
            assertThat(o.kind()).isEqualTo("corrective-action.verification");
            assertThat(o.dueDate()).isEqualTo(verifyBy);
        });
        CorrectiveAction closed = move(scenario.as(scenario.auditor), done, TransitionRequest.to(CorrectiveActionStatus.CLOSED,
                done.getVersion()).withVerification("再発なし"));
        assertThat(mine(closed, verifyBy.plusYears(1))).isEmpty();
    }

    private List<Obligation> mine(CorrectiveAction action, LocalDate horizon) {
        return obligations.openObligationsDueBy(horizon)
                .filter(o -> o.subjectKey().equals(String.valueOf(action.getId())))
                .toList();
    }

    private FindingService.Entry nonconformity(FindingGrade grade) {
        Audit audit = scenario.planAudit(audits, today.plusDays(3));
        return Actors.as(scenario.as(scenario.lead), () -> findings.record(audit.getId(), new FindingValues(null, grade,
                "A.3.4.3.2 安全管理措置", "施錠されていないキャビネットがあった", "現地確認（書庫）", null, null, null)));
    }

    private CorrectiveAction implemented(MamoriPrincipal actor) {
        FindingService.Entry entry = Actors.as(scenario.as(scenario.lead), () -> findings.record(
                scenario.planAudit(audits, today.plusDays(3)).getId(), new FindingValues(null,
                        FindingGrade.MINOR_NONCONFORMITY, "A.3.4.3.2 安全管理措置", "施錠漏れ", "現地確認", null,
                        scenario.manager.getId(), null)));
        return implemented(actor, entry.action());
    }

    private CorrectiveAction implemented(MamoriPrincipal actor, CorrectiveAction action) {
        action = move(actor, action, TransitionRequest.to(CorrectiveActionStatus.ROOT_CAUSE_ANALYSIS, action.getVersion())
                .withImmediateCorrection("施錠した"));
        action = move(actor, action, TransitionRequest.to(CorrectiveActionStatus.PLANNING, action.getVersion())
                .withRootCause("手順がない"));
        action = move(actor, action, TransitionRequest.to(CorrectiveActionStatus.IMPLEMENTATION, action.getVersion())
                .withPlan("施錠確認表", null, today.plusDays(7)));
        return move(actor, action, TransitionRequest.to(CorrectiveActionStatus.VERIFICATION, action.getVersion())
                .withImplementation("確認表の運用開始"));
    }

    private CorrectiveAction move(MamoriPrincipal actor, CorrectiveAction action, TransitionRequest request) {
        return Actors.as(actor, () -> actions.transition(action.getId(), request));
    }

    private AbstractThrowableAssert<?, ? extends Throwable> refused(MamoriPrincipal actor, CorrectiveAction action,
                                                                   TransitionRequest request) {
        AbstractThrowableAssert<?, ? extends Throwable> refusal = assertThatThrownBy(() -> move(actor, action, request))
                .isInstanceOf(RuleViolation.class);
        CorrectiveAction unchanged = Actors.as(scenario.as(scenario.privacyManager), () -> actions.get(action.getId()));
        assertThat(unchanged.getStatus()).as("a refused step changes nothing").isEqualTo(action.getStatus());
        return refusal;
    }
}
