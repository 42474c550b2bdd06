package jp.mamori.safeguard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.UserAccount;
import jp.mamori.reminder.Obligation;
import jp.mamori.reminder.Severity;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.security.Role;
import jp.mamori.support.Actors;
import jp.mamori.support.Fixtures;
import jp.mamori.support.MamoriIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@MamoriIntegrationTest
@RecordApplicationEvents
class OperationalCheckTest {

    @Autowired
    CatalogueImporter importer;
    @Autowired
    SafeguardCatalogueService catalogue;
    @Autowired
    OperationalCheckService checks;
    @Autowired
    ReadinessService readiness;
    @Autowired
    SafeguardCheckObligations obligations;
    @Autowired
    SafeguardFollowUpObligations followUpObligations;
    @Autowired
    SafeguardSettings settings;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Clock clock;
    @Autowired
    ApplicationEvents events;
    @Autowired
    SafeguardChecklistReport report;
    @Autowired
    SafeguardResultsExport export;

    Department department;
    UserAccount checker;
    MamoriPrincipal checkerPrincipal;

    @BeforeEach
    void organisation() {
        department = fixtures.department("総務部");
        checker = fixtures.user("checker", department);
        checkerPrincipal = fixtures.principalOf(checker);
    }

    @Test
    void theSeventyPercentBoundaryAndTheMandatoryRuleAreExact() {
        TestFramework framework = TestFramework.create(importer, catalogue, department, null, 2, 11);
        Map<String, CheckAnswer> answers = startCheck(framework);
        answerAll(framework.mandatory, answers, CheckResult.MET);
        answerAll(framework.desirable.subList(0, 7), answers, CheckResult.MET);
        answerAll(framework.desirable.subList(7, 10), answers, CheckResult.NOT_MET);
        answer(answers, framework.desirable.get(10), AnswerValues.of(CheckResult.NOT_APPLICABLE, "倉庫なし", null));

        Readiness exactlySeventy = readiness(framework);
        assertThat(exactlySeventy.desirable()).as("not applicable leaves the denominator").isEqualTo(new Share(7, 10));
        assertThat(exactlySeventy.mandatory()).isEqualTo(new Share(2, 2));
        assertThat(exactlySeventy.ready()).as("exactly 70% passes").isTrue();
        assertThat(exactlySeventy.blocking()).isEmpty();

        answer(answers, framework.desirable.get(10), AnswerValues.of(CheckResult.NOT_MET, null, "鍵の管理簿がない"));
        Readiness justUnder = readiness(framework);
        assertThat(justUnder.desirable()).isEqualTo(new Share(7, 11));
        assertThat(justUnder.ready()).as("7 of 11 (63.6%) fails").isFalse();
        assertThat(justUnder.blocking()).extracting(b -> b.item().getCode())
                .containsExactlyElementsOf(framework.desirable.subList(7, 11).stream().map(SafeguardItem::getCode).toList());

        answer(answers, framework.desirable.get(10), AnswerValues.of(CheckResult.MET, null, null));
        answer(answers, framework.mandatory.get(1), AnswerValues.of(CheckResult.NOT_MET, null, "来訪者記録の漏れ"));
        Readiness mandatoryMissed = readiness(framework);
        assertThat(mandatoryMissed.desirable()).isEqualTo(new Share(8, 11));
        assertThat(mandatoryMissed.mandatory()).isEqualTo(new Share(1, 2));
        assertThat(mandatoryMissed.ready()).as("one mandatory item not met fails whatever the rest").isFalse();
        assertThat(mandatoryMissed.blocking()).extracting(b -> b.item().getCode())
                .containsExactly(framework.mandatory.get(1).getCode());
        assertThat(mandatoryMissed.headings()).singleElement()
                .satisfies(h -> assertThat(h.all()).isEqualTo(new Share(9, 13)));
    }

    @Test
    void notApplicableNeedsAReasonAndOnlyParticipantsAnswer() {
        TestFramework framework = TestFramework.create(importer, catalogue, department, null, 1, 0);
        Map<String, CheckAnswer> answers = startCheck(framework);
        CheckAnswer row = answers.get(framework.mandatory.getFirst().getCode());

        assertThatThrownBy(() -> Actors.as(checkerPrincipal, () -> checks.answer(row.getId(), row.getVersion(),
                AnswerValues.of(CheckResult.NOT_APPLICABLE, " ", null))))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).field()).isEqualTo("naReason");
        MamoriPrincipal stranger = fixtures.principalOf(fixtures.user("stranger", department));
        assertThatThrownBy(() -> Actors.as(stranger, () -> checks.answer(row.getId(), row.getVersion(),
                AnswerValues.of(CheckResult.MET, null, null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Actors.as(stranger, () -> checks.answers(row.getCheck().getId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Actors.as(checkerPrincipal, () -> checks.pendingForMe()))
                .extracting(CheckAnswer::getId).contains(row.getId());
    }

    @Test
    void aNotMetAnswerOpensAFollowUpAndPublishesIt() {
        UserAccount owner = fixtures.user("owner", department);
        TestFramework framework = TestFramework.create(importer, catalogue, department, owner.getId(), 1, 0);
        Map<String, CheckAnswer> answers = startCheck(framework);
        SafeguardItem item = framework.mandatory.getFirst();

        answer(answers, item, AnswerValues.of(CheckResult.NOT_MET, null, "施錠されていないキャビネットあり"));

        FollowUp followUp = Actors.as(fixtures.principalOf(owner), () -> checks.myFollowUps()).stream()
                .filter(f -> f.getAnswer().getItem().getCode().equals(item.getCode())).findFirst().orElseThrow();
        assertThat(followUp.getStatus()).isEqualTo(FollowUpStatus.OPEN);
        assertThat(followUp.getDueDate()).isEqualTo(LocalDate.now(clock).plusDays(settings.followUpDays()));
        assertThat(followUp.getDescription()).contains(item.getCode()).contains("施錠されていないキャビネットあり");
        assertThat(events.stream(SafeguardFollowUpOpened.class))
                .anySatisfy(event -> {
                    assertThat(event.followUpId()).isEqualTo(followUp.getId());
                    assertThat(event.ownerId()).isEqualTo(owner.getId());
                    assertThat(event.departmentId()).isEqualTo(department.getId());
                    assertThat(event.clauseRef()).isEqualTo("通則編 10-5 (1)");
                });
        assertThat(followUpObligations.openObligationsDueBy(followUp.getDueDate()))
                .anySatisfy(o -> {
                    assertThat(o.kind()).isEqualTo("safeguard.followUp");
                    assertThat(o.subjectKey()).isEqualTo(String.valueOf(followUp.getId()));
                    assertThat(o.responsibleUserId()).isEqualTo(owner.getId());
                });

        assertThatThrownBy(() -> Actors.as(checkerPrincipal, () -> checks.completeFollowUp(followUp.getId(),
                followUp.getVersion(), "済")))
                .as("only the owner or a privacy manager closes it").isInstanceOf(AccessDeniedException.class);
        FollowUp done = Actors.as(fixtures.principalOf(owner), () -> checks.completeFollowUp(followUp.getId(),
                followUp.getVersion(), "キャビネットに鍵を設置した"));
        assertThat(done.getStatus()).isEqualTo(FollowUpStatus.DONE);
        assertThat(followUpObligations.openObligationsDueBy(followUp.getDueDate().plusYears(1)))
                .noneMatch(o -> o.subjectKey().equals(String.valueOf(followUp.getId())));
    }

    @Test
    void unansweredItemsAreObligationsDueAtTheEndOfTheirPeriod() {
        UserAccount owner = fixtures.user("owner", department);
        TestFramework framework = TestFramework.create(importer, catalogue, department, owner.getId(), 1, 1);
        SafeguardItem mandatory = framework.mandatory.getFirst();
        SafeguardItem desirable = framework.desirable.getFirst();
        CheckPeriod period = CheckFrequency.YEARLY.periodContaining(LocalDate.now(clock), settings.fiscalYearStartMonth());

        assertThat(mine(period.end().minusDays(1), mandatory)).as("not due before the horizon reaches it").isEmpty();
        List<Obligation> due = mine(period.end(), mandatory);
        assertThat(due).singleElement().satisfies(o -> {
            assertThat(o.kind()).isEqualTo("safeguard.check");
            assertThat(o.dueDate()).isEqualTo(period.end());
            assertThat(o.responsibleUserId()).isEqualTo(owner.getId());
            assertThat(o.departmentId()).isEqualTo(department.getId());
            assertThat(o.severity()).isEqualTo(Severity.HIGH);
            assertThat(o.subject()).startsWith(mandatory.getCode());
        });
        assertThat(mine(period.end(), desirable)).singleElement()
                .satisfies(o -> assertThat(o.severity()).isEqualTo(Severity.NORMAL));

        Map<String, CheckAnswer> answers = startCheck(framework);
        assertThat(mine(period.end(), mandatory)).as("asked but not answered is still owed").hasSize(1);
        answer(answers, mandatory, AnswerValues.of(CheckResult.MET, null, null));
        assertThat(mine(period.end(), mandatory)).as("answered for this period").isEmpty();
        assertThat(mine(period.next().end(), mandatory)).singleElement()
                .satisfies(o -> assertThat(o.dueDate()).isEqualTo(period.next().end()));

        Actors.as(TestFramework.MANAGER, () -> catalogue.tailor(desirable.getId(), catalogue.get(desirable.getId()).getVersion(),
                new ItemValues(false, "対象外", java.util.Set.of(department.getId()), desirable.getFrequency(), null,
                        desirable.getClauseRef(), null, null, null)));
        assertThat(mine(period.end(), desirable)).as("a disabled item is owed nothing").isEmpty();
    }

    @Test
    void aSecondCheckInTheSamePeriodAsksNothingAgain() {
        TestFramework framework = TestFramework.create(importer, catalogue, department, null, 1, 0);
        startCheck(framework);
        assertThatThrownBy(() -> Actors.as(TestFramework.MANAGER, () -> checks.create(department.getId(), checker.getId(), null)))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("safeguard.check.error.nothingDue");
    }

    @Test
    void theReportAndTheExportCarryTheAnswers() throws Exception {
        TestFramework framework = TestFramework.create(importer, catalogue, department, null, 1, 1);
        Map<String, CheckAnswer> answers = startCheck(framework);
        answer(answers, framework.mandatory.getFirst(), AnswerValues.of(CheckResult.MET, null, "入退室記録を確認"));
        answer(answers, framework.desirable.getFirst(), AnswerValues.of(CheckResult.NOT_MET, null, "未実施"));
        long frameworkId = framework.frameworkId(catalogue);
        MamoriPrincipal auditor = Actors.principal(0, "auditor", Role.AUDITOR);

        java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
        Actors.as(auditor, () -> report.write(pdf, frameworkId, jp.mamori.shared.i18n.Messages.JAPANESE));
        assertThat(new String(pdf.toByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.size()).as("the chart is embedded").isGreaterThan(20_000);

        java.io.ByteArrayOutputStream xlsx = new java.io.ByteArrayOutputStream();
        Actors.as(auditor, () -> export.write(xlsx, frameworkId, jp.mamori.shared.i18n.Messages.JAPANESE));
        try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
                new java.io.ByteArrayInputStream(xlsx.toByteArray()))) {
            List<org.dhatim.fastexcel.reader.Row> rows = workbook.getSheets().toList().get(1).read();
            assertThat(rows).hasSize(3);
            assertThat(rows.stream().map(row -> row.getCellText(2) + ":" + row.getCellText(7) + ":" + row.getCellText(9)))
                    .contains(framework.mandatory.getFirst().getCode() + ":適合:入退室記録を確認",
                            framework.desirable.getFirst().getCode() + ":不適合:未実施");
        }
    }

    private List<Obligation> mine(LocalDate horizon, SafeguardItem item) {
        return obligations.openObligationsDueBy(horizon)
                .filter(o -> o.subjectKey().startsWith(item.getId() + "/" + department.getId() + "/"))
                .toList();
    }

    private Map<String, CheckAnswer> startCheck(TestFramework framework) {
        OperationalCheck check = Actors.as(TestFramework.MANAGER, () -> checks.create(department.getId(), checker.getId(), null));
        Map<String, CheckAnswer> byCode = new HashMap<>();
        Actors.as(checkerPrincipal, () -> checks.answers(check.getId())).stream()
                .filter(a -> a.getItem().getHeading().getFramework().getCode().equals(framework.code))
                .forEach(a -> byCode.put(a.getItem().getCode(), a));
        assertThat(byCode).hasSize(framework.mandatory.size() + framework.desirable.size());
        return byCode;
    }

    private void answerAll(List<SafeguardItem> items, Map<String, CheckAnswer> answers, CheckResult result) {
        items.forEach(item -> answer(answers, item, AnswerValues.of(result, null, null)));
    }

    private void answer(Map<String, CheckAnswer> answers, SafeguardItem item, AnswerValues values) {
        CheckAnswer saved = Actors.as(checkerPrincipal, () -> checks.answer(answers.get(item.getCode()).getId(),
                answers.get(item.getCode()).getVersion(), values));
        answers.put(item.getCode(), saved);
    }

    private Readiness readiness(TestFramework framework) {
        return Actors.as(Actors.principal(0, "auditor", Role.AUDITOR), () -> readiness.readiness(framework.frameworkId(catalogue)));
    }
}
