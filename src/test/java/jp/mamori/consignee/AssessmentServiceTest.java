package jp.mamori.consignee;

import static jp.mamori.consignee.AnswerLevel.MET;
import static jp.mamori.consignee.AnswerLevel.NOT_MET;
import static jp.mamori.consignee.AnswerLevel.PARTLY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.security.SystemActor;
import jp.mamori.support.Actors;
import jp.mamori.support.Fixtures;
import jp.mamori.support.MamoriIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@MamoriIntegrationTest
class AssessmentServiceTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    ConsigneeFixtures consigneeFixtures;
    @Autowired
    AssessmentService assessments;
    @Autowired
    AssessmentTemplateService templates;
    @Autowired
    ConsigneeService consignees;
    @Autowired
    Clock clock;

    @Test
    void aScoreAtThePassMarkApprovesAndOneJustBelowCanOnlyBeRejected() {
        MamoriPrincipal manager = fixtures.principalOf(fixtures.user("pm", null, Role.PRIVACY_MANAGER));
        LocalDate today = LocalDate.now(clock);
        AssessmentTemplate template = consigneeFixtures.selectionTemplate(70, 70, 30, 1);
        Consignee atMark = consigneeFixtures.consignee("境界株式会社", ConsigneeStatus.CANDIDATE);
        Consignee below = consigneeFixtures.consignee("僅差株式会社", ConsigneeStatus.CANDIDATE);

        // 70 of 70+30 (the third criterion does not apply): exactly 70 %.
        Assessment passed = Actors.as(manager, () -> assessments.record(atMark.getId(), ConsigneeFixtures.values(
                template, today, AssessmentDecision.APPROVE, null, MET, NOT_MET, AnswerLevel.NOT_APPLICABLE)));
        assertThat(passed.getScore()).isEqualByComparingTo("70.0");
        assertThat(passed.isPassed()).isTrue();
        assertThat(passed.getDecidedBy()).isEqualTo(manager.username());
        assertThat(passed.getDecidedAt()).isNotNull();
        assertThat(passed.getNextDue()).isEqualTo(today.plusMonths(12));
        Consignee approved = SystemActor.call(() -> consignees.get(atMark.getId()));
        assertThat(approved.getStatus()).isEqualTo(ConsigneeStatus.APPROVED);
        assertThat(approved.getNextEvaluationDue()).isEqualTo(today.plusMonths(12));

        // 70 of 101: 69.3 %, just below the mark.
        AssessmentValues approveBelow = ConsigneeFixtures.values(template, today, AssessmentDecision.APPROVE, null,
                MET, NOT_MET, NOT_MET);
        assertThatThrownBy(() -> Actors.as(manager, () -> assessments.record(below.getId(), approveBelow)))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("consignee.assessment.error.belowPassMark");
        AssessmentValues conditionalBelow = ConsigneeFixtures.values(template, today,
                AssessmentDecision.APPROVE_WITH_CONDITIONS, "改善計画の提出", MET, NOT_MET, NOT_MET);
        assertThatThrownBy(() -> Actors.as(manager, () -> assessments.record(below.getId(), conditionalBelow)))
                .isInstanceOf(RuleViolation.class);
        Assessment rejected = Actors.as(manager, () -> assessments.record(below.getId(), ConsigneeFixtures.values(
                template, today, AssessmentDecision.REJECT, null, MET, NOT_MET, NOT_MET)));
        assertThat(rejected.getScore()).isEqualByComparingTo("69.3");
        assertThat(rejected.isPassed()).isFalse();
        assertThat(rejected.getNextDue()).isNull();
        Consignee notSelected = SystemActor.call(() -> consignees.get(below.getId()));
        assertThat(notSelected.getStatus()).isEqualTo(ConsigneeStatus.REJECTED);
        assertThat(notSelected.acceptsNewConsignment()).isFalse();
    }

    @Test
    void conditionsAreRequiredAndAFailedReEvaluationSuspendsWhilePastAssessmentsStayVisible() {
        MamoriPrincipal manager = fixtures.principalOf(fixtures.user("pm", null, Role.PRIVACY_MANAGER));
        MamoriPrincipal auditor = fixtures.principalOf(fixtures.user("aud", null, Role.AUDITOR));
        LocalDate today = LocalDate.now(clock);
        AssessmentTemplate template = consigneeFixtures.selectionTemplate(60, 50, 50);
        Consignee consignee = consigneeFixtures.consignee("印刷株式会社", ConsigneeStatus.CANDIDATE);

        assertThatThrownBy(() -> Actors.as(manager, () -> assessments.record(consignee.getId(), ConsigneeFixtures.values(
                template, today.minusYears(1), AssessmentDecision.APPROVE_WITH_CONDITIONS, " ", MET, PARTLY))))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey())
                .isEqualTo("consignee.assessment.error.conditionsRequired");
        Assessment first = Actors.as(manager, () -> assessments.record(consignee.getId(), ConsigneeFixtures.values(
                template, today.minusYears(1), AssessmentDecision.APPROVE_WITH_CONDITIONS, "半年後に入退室記録を提出",
                MET, PARTLY)));
        assertThat(first.getScore()).isEqualByComparingTo("75.0");
        assertThat(SystemActor.call(() -> consignees.get(consignee.getId())).getStatus())
                .isEqualTo(ConsigneeStatus.CONDITIONAL);

        assertThatThrownBy(() -> Actors.as(auditor, () -> assessments.record(consignee.getId(), ConsigneeFixtures.values(
                template, today, AssessmentDecision.REJECT, null, NOT_MET, NOT_MET))))
                .isInstanceOf(AccessDeniedException.class);
        Actors.as(manager, () -> assessments.record(consignee.getId(), ConsigneeFixtures.values(
                template, today, AssessmentDecision.REJECT, null, NOT_MET, PARTLY)));

        Consignee suspended = SystemActor.call(() -> consignees.get(consignee.getId()));
        assertThat(suspended.getStatus()).isEqualTo(ConsigneeStatus.SUSPENDED);
        assertThat(suspended.getNextEvaluationDue()).isNull();
        List<Assessment> history = Actors.as(auditor, () -> assessments.history(consignee.getId()));
        assertThat(history).extracting(Assessment::getDecision)
                .containsExactly(AssessmentDecision.REJECT, AssessmentDecision.APPROVE_WITH_CONDITIONS);
        Assessment kept = Actors.as(auditor, () -> assessments.get(first.getId()));
        assertThat(kept.getConditions()).isEqualTo("半年後に入退室記録を提出");
        assertThat(kept.getAnswers()).extracting(Answer::getAnswer).containsExactly(MET, PARTLY);
    }

    @Test
    void anOlderAssessmentEnteredLateIsKeptButDoesNotChangeTheStatusAndARetiredTemplateIsRefused() {
        MamoriPrincipal manager = fixtures.principalOf(fixtures.user("pm", null, Role.PRIVACY_MANAGER));
        LocalDate today = LocalDate.now(clock);
        AssessmentTemplate template = consigneeFixtures.selectionTemplate(60, 50, 50);
        Consignee consignee = consigneeFixtures.consignee("配送株式会社", ConsigneeStatus.CANDIDATE);
        Actors.as(manager, () -> assessments.record(consignee.getId(), ConsigneeFixtures.values(
                template, today, AssessmentDecision.APPROVE, null, MET, MET)));

        Assessment late = Actors.as(manager, () -> assessments.record(consignee.getId(), ConsigneeFixtures.values(
                template, today.minusYears(1), AssessmentDecision.REJECT, null, NOT_MET, NOT_MET)));
        assertThat(late.getDecision()).isEqualTo(AssessmentDecision.REJECT);
        Consignee current = SystemActor.call(() -> consignees.get(consignee.getId()));
        assertThat(current.getStatus()).isEqualTo(ConsigneeStatus.APPROVED);
        assertThat(current.getNextEvaluationDue()).isEqualTo(today.plusMonths(template.getReevaluationMonths()));
        assertThat(Actors.as(manager, () -> assessments.history(consignee.getId()))).hasSize(2);

        TemplateValues retired = TemplateValues.of(template);
        SystemActor.call(() -> templates.save(template.getId(), template.getVersion(), new TemplateValues(retired.name(),
                retired.kind(), retired.passMark(), retired.reevaluationMonths(), false, retired.criteria())));
        assertThatThrownBy(() -> Actors.as(manager, () -> assessments.record(consignee.getId(), ConsigneeFixtures.values(
                template, today, AssessmentDecision.APPROVE, null, MET, MET))))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey())
                .isEqualTo("consignee.assessment.error.retiredTemplate");
    }

    @Test
    void editingATemplateLeavesPastAssessmentsAsTheyWere() {
        AssessmentTemplate template = consigneeFixtures.selectionTemplate(50, 10, 20);
        Consignee consignee = consigneeFixtures.consignee("保管倉庫株式会社", ConsigneeStatus.CANDIDATE);
        Assessment before = consigneeFixtures.approve(consignee, template, LocalDate.now(clock));

        TemplateValues edited = TemplateValues.of(template);
        List<TemplateValues.Line> lines = List.of(new TemplateValues.Line(edited.criteria().getFirst().id(), "改訂後の項目", 40));
        AssessmentTemplate saved = SystemActor.call(() -> templates.save(template.getId(), template.getVersion(),
                new TemplateValues(edited.name(), edited.kind(), 80, 24, true, lines)));

        assertThat(saved.getCriteria()).extracting(Criterion::getText).containsExactly("改訂後の項目");
        assertThat(saved.getPassMark()).isEqualTo(80);
        Assessment after = SystemActor.call(() -> assessments.get(before.getId()));
        assertThat(after.getPassMark()).isEqualTo(50);
        assertThat(after.getAnswers()).extracting(Answer::getCriterion).containsExactly("評価項目 1", "評価項目 2");
        assertThatThrownBy(() -> SystemActor.run(() -> templates.save(template.getId(), template.getVersion(), edited)))
                .isInstanceOf(jp.mamori.shared.persistence.StaleRecordException.class);
    }

    @Test
    void theDefaultTemplatesCoverTheSelectionCriteriaAndEveryContractClause() {
        List<AssessmentTemplate> defaults = SystemActor.call(() -> templates.list());
        AssessmentTemplate selection = defaults.stream().filter(t -> t.getName().equals("委託先選定・評価基準（標準）"))
                .findFirst().orElseThrow();
        AssessmentTemplate contract = defaults.stream().filter(t -> t.getName().equals("委託契約条項チェックリスト"))
                .findFirst().orElseThrow();
        assertThat(selection.getKind()).isEqualTo(TemplateKind.SELECTION);
        assertThat(selection.getCriteria()).extracting(Criterion::getWeight).asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.list(Integer.class))
                .satisfies(weights -> assertThat(weights.stream().mapToInt(Integer::intValue).sum()).isEqualTo(100));
        String criteria = String.join("\n", selection.getCriteria().stream().map(Criterion::getText).toList());
        assertThat(criteria).contains("プライバシーマーク", "JAPHIC", "ISMS", "内部規程", "責任者", "物理的", "人的",
                "再委託", "漏えい等事案", "財務");
        String clauses = String.join("\n", contract.getCriteria().stream().map(Criterion::getText).toList());
        assertThat(contract.getKind()).isEqualTo(TemplateKind.CONTRACT);
        assertThat(clauses).contains("責任の明確化", "漏えい防止", "範囲外の利用の禁止", "複写・複製の禁止", "委託契約期間",
                "返還", "消去", "再委託の条件", "報告の内容及び頻度", "実地の監査", "遵守されなかった場合の措置",
                "事件・事故が発生した場合の報告", "責任（損害賠償");
    }
}
