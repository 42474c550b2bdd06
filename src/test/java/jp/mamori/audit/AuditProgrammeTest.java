package jp.mamori.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.UserAccount;
import jp.mamori.reminder.Obligation;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.time.JapaneseDates;
import jp.mamori.support.Actors;
import jp.mamori.support.Fixtures;
import jp.mamori.support.MamoriIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@MamoriIntegrationTest
class AuditProgrammeTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    AuditService audits;
    @Autowired
    FindingService findings;
    @Autowired
    AuditReport report;
    @Autowired
    AuditObligations obligations;
    @Autowired
    AuditSettings settings;
    @Autowired
    Messages messages;
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
    void anAuditorNeverAuditsTheirOwnDepartment() {
        UserAccount insider = fixtures.user("insider", scenario.audited, Role.AUDITOR);
        AuditPlan ownLead = new AuditPlan(AuditKind.DEPARTMENT, null, Set.of(scenario.audited.getId()), today,
                insider.getId(), Set.of(), null, null);
        assertThatThrownBy(() -> Actors.as(scenario.as(scenario.lead), () -> audits.plan(null, null, ownLead)))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> {
                    RuleViolation violation = (RuleViolation) e;
                    assertThat(violation.field()).isEqualTo("leadAuditorId");
                    assertThat(messages.get(Messages.JAPANESE, violation.messageKey(), violation.arguments()))
                            .isEqualTo(insider.getDisplayName() + "さんは「営業部」の所属のため、この監査を担当できません。"
                                    + "監査員は自部門を監査できません。");
                    assertThat(messages.get(Messages.ENGLISH, violation.messageKey(), violation.arguments()))
                            .contains(insider.getDisplayName() + " belongs to 営業部");
                });

        AuditPlan ownTeamMember = new AuditPlan(AuditKind.DEPARTMENT, null, Set.of(scenario.audited.getId()), today,
                scenario.lead.getId(), Set.of(insider.getId()), null, null);
        assertThatThrownBy(() -> Actors.as(scenario.as(scenario.lead), () -> audits.plan(null, null, ownTeamMember)))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).field()).isEqualTo("auditorIds");

        Department purchasing = fixtures.department("購買部");
        AuditPlan process = new AuditPlan(AuditKind.PROCESS, "採用プロセス",
                Set.of(purchasing.getId(), scenario.auditDepartment.getId()), today, scenario.lead.getId(), Set.of(),
                null, null);
        assertThatThrownBy(() -> Actors.as(scenario.as(scenario.lead), () -> audits.plan(null, null, process)))
                .as("no department of a process audit may be the auditor's own")
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("audit.error.ownDepartment");

        AuditPlan notAnAuditor = new AuditPlan(AuditKind.DEPARTMENT, null, Set.of(purchasing.getId()), today,
                scenario.privacyManager.getId(), Set.of(), null, null);
        assertThatThrownBy(() -> Actors.as(scenario.as(scenario.lead), () -> audits.plan(null, null, notAnAuditor)))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("audit.error.notAuditor");

        Audit planned = scenario.planAudit(audits, today.plusDays(10));
        assertThat(planned.getFiscalYear()).isEqualTo(settings.fiscalYearOf(today.plusDays(10)));
        assertThat(planned.team()).extracting(UserAccount::getId).containsExactly(scenario.lead.getId(), scenario.auditor.getId());
        AuditPlan moveInsiderIn = new AuditPlan(AuditKind.DEPARTMENT, null, Set.of(scenario.audited.getId()),
                today.plusDays(10), scenario.lead.getId(), Set.of(scenario.auditor.getId(), insider.getId()), null, null);
        assertThatThrownBy(() -> Actors.as(scenario.as(scenario.lead), () -> audits.plan(planned.getId(),
                planned.getVersion(), moveInsiderIn)))
                .as("the rule holds when the plan changes").isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> Actors.as(scenario.as(scenario.privacyManager), () -> audits.plan(null, null,
                scenario.planFor(today)))).as("auditors plan audits").isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anAuditIsConductedReportedAndAcknowledgedAndItsReportReadsBack() throws IOException {
        Audit audit = scenario.planAudit(audits, today);
        MamoriPrincipal lead = scenario.as(scenario.lead);
        MamoriPrincipal auditor = scenario.as(scenario.auditor);
        List<ChecklistItem> added = Actors.as(lead, () -> audits.extendChecklist(audit.getId(),
                List.of("PPC-5-1-03", "PPC-6-1-01"), List.of(new ClauseQuestion("A.3.7.1 運用の確認", null))));
        assertThat(added).hasSize(3);
        assertThat(added.getFirst().getSource()).isEqualTo(ChecklistSource.SAFEGUARD);
        assertThat(added.getFirst().getQuestion()).isNotBlank();
        assertThat(Actors.as(lead, () -> audits.addSafeguardItems(audit.getId(), List.of("PPC-5-1-03"))))
                .as("an item already on the checklist is not added twice").isEmpty();
        assertThatThrownBy(() -> Actors.as(lead, () -> audits.addSafeguardItems(audit.getId(), List.of("NOPE-1"))))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> Actors.as(scenario.as(fixtures.user("outsider", scenario.auditDepartment, Role.AUDITOR)),
                () -> audits.addClause(audit.getId(), new ClauseQuestion("A.3.8 是正処置", null))))
                .as("only the audit team records the audit").isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("audit.error.notTeamMember");

        ChecklistItem first = added.get(0);
        ChecklistItem second = added.get(1);
        ChecklistItem third = added.get(2);
        Actors.as(auditor, () -> audits.answer(first.getId(), first.getVersion(), ChecklistAnswer.CONFORM, null, "入退室記録 4月分"));
        assertThat(Actors.as(lead, () -> audits.get(audit.getId())).getStatus()).isEqualTo(AuditStatus.IN_PROGRESS);
        ChecklistItem nonconform = Actors.as(auditor, () -> audits.answer(second.getId(), second.getVersion(),
                ChecklistAnswer.NONCONFORM, "共有アカウントでログインしている", "アクセスログ"));
        assertThatThrownBy(() -> Actors.as(lead, () -> audits.issueReport(audit.getId(), null, null, "概ね適合")))
                .as("every question is answered first").isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("audit.error.unanswered");
        Actors.as(auditor, () -> audits.answer(third.getId(), third.getVersion(), ChecklistAnswer.OBSERVATION,
                "点検記録の保管場所が分かりにくい", null));
        assertThatThrownBy(() -> Actors.as(lead, () -> audits.issueReport(audit.getId(), null, null, "概ね適合")))
                .as("a nonconform answer needs its finding").isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("audit.error.nonconformWithoutFinding");

        FindingService.Entry major = Actors.as(auditor, () -> findings.record(audit.getId(), new FindingValues(
                nonconform.getId(), FindingGrade.MAJOR_NONCONFORMITY, null, "共有アカウントが使われ、利用者を識別できない",
                "アクセスログ 2026年10月分", null, null, null)));
        assertThat(major.finding().getClauseRef()).as("the clause comes from the question").isEqualTo(nonconform.getClauseRef());
        assertThat(major.action()).as("a nonconformity requires a corrective action").isNotNull();
        FindingService.Entry observation = Actors.as(auditor, () -> findings.record(audit.getId(), new FindingValues(
                third.getId(), FindingGrade.OBSERVATION, null, "点検記録の保管場所を明示するとよい", "書庫の現地確認", null,
                null, null)));
        assertThat(observation.action()).isNull();
        assertThat(observation.finding().getStatus()).isEqualTo(FindingStatus.OPEN);
        assertThatThrownBy(() -> Actors.as(lead, () -> findings.close(major.finding().getId(), null, "対応済み")))
                .as("a nonconformity closes only with its action").isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("finding.error.closesWithAction");

        assertThatThrownBy(() -> Actors.as(auditor, () -> audits.issueReport(audit.getId(), null, null, "概ね適合")))
                .as("the lead auditor issues the report").isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("audit.error.notLead");
        Audit reported = Actors.as(lead, () -> audits.issueReport(audit.getId(), null, today,
                "個人情報保護マネジメントシステムは概ね適切に運用されているが、識別及び認証に重大な不適合がある。"));
        assertThat(reported.getStatus()).isEqualTo(AuditStatus.REPORTED);
        assertThatThrownBy(() -> Actors.as(auditor, () -> findings.record(audit.getId(), new FindingValues(null,
                FindingGrade.OBSERVATION, "A.3.8", "追加", "証拠", null, null, null))))
                .as("a reported audit is locked").isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("audit.error.locked");

        assertThatThrownBy(() -> Actors.as(scenario.as(scenario.worker), () -> audits.acknowledge(audit.getId(), null, null)))
                .isInstanceOf(AccessDeniedException.class);
        Audit acknowledged = Actors.as(scenario.as(scenario.manager), () -> audits.acknowledge(audit.getId(),
                reported.getVersion(), "是正処置を進めます"));
        assertThat(acknowledged.getStatus()).isEqualTo(AuditStatus.ACKNOWLEDGED);
        assertThat(acknowledged.getAcknowledgedBy().getId()).isEqualTo(scenario.manager.getId());
        assertThat(acknowledged.getAcknowledgedAt()).isNotNull();

        String text = pdfText(audit.getId(), Messages.JAPANESE, scenario.as(scenario.manager));
        assertThat(text).contains(compact("内部監査報告書", "営業部", scenario.lead.getDisplayName(), "JIS Q 15001:2017",
                JapaneseDates.wareki(today), "PPC-5-1-03", "A.3.7.1 運用の確認",
                major.finding().reference(), "重大な不適合", "共有アカウントが使われ", "アクセスログ 2026年10月分",
                major.action().reference(), observation.finding().reference(), "観察事項",
                "識別及び認証に重大な不適合がある", "是正処置を進めます"));
        assertThat(text).doesNotContain("下書き");
        assertThat(pdfText(audit.getId(), Messages.ENGLISH, lead)).contains(compact("Internal audit report",
                "Major nonconformity", "Observation", "Acknowledged by"));
    }

    @Test
    void aPlannedAuditIsAnObligationOfItsLeadUntilReported() {
        Audit audit = scenario.planAudit(audits, today.plusDays(20));
        assertThat(mine(audit, today.plusDays(19))).isEmpty();
        assertThat(mine(audit, today.plusDays(20))).singleElement().satisfies(o -> {
            assertThat(o.kind()).isEqualTo("audit.planned");
            assertThat(o.responsibleUserId()).isEqualTo(scenario.lead.getId());
            assertThat(o.departmentId()).isEqualTo(scenario.audited.getId());
            assertThat(o.link()).isEqualTo("audits/" + audit.getId());
        });
        Actors.as(scenario.as(scenario.lead), () -> audits.cancel(audit.getId(), audit.getVersion(), "組織変更のため"));
        assertThat(mine(audit, today.plusYears(1))).as("a cancelled audit is owed nothing").isEmpty();
    }

    @Test
    void workersSeeOnlyTheAuditsTheyTakePartInOrManage() {
        Audit audit = scenario.planAudit(audits, today.plusDays(5));
        int year = audit.getFiscalYear();
        assertThat(Actors.as(scenario.as(scenario.manager), () -> audits.programme(year)))
                .extracting(Audit::getId).containsExactly(audit.getId());
        assertThat(Actors.as(scenario.as(scenario.worker), () -> audits.programme(year))).isEmpty();
        assertThatThrownBy(() -> Actors.as(scenario.as(scenario.worker), () -> audits.get(audit.getId())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Actors.as(scenario.as(scenario.privacyManager), () -> audits.programme(year)))
                .extracting(Audit::getId).contains(audit.getId());
    }

    private List<Obligation> mine(Audit audit, LocalDate horizon) {
        return obligations.openObligationsDueBy(horizon).filter(o -> o.subjectKey().equals(String.valueOf(audit.getId())))
                .toList();
    }

    /** Table cells wrap wherever the width ends, so text is compared without any white space. */
    private static String[] compact(String... expected) {
        return Arrays.stream(expected).map(e -> e.replaceAll("\\s+", "")).toArray(String[]::new);
    }

    private String pdfText(long auditId, Locale locale, MamoriPrincipal reader) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Actors.as(reader, () -> report.write(auditId, out, locale));
        PdfReader pdf = new PdfReader(out.toByteArray());
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(pdf);
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString().replaceAll("\\s+", "");
    }
}
