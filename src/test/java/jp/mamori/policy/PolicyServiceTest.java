package jp.mamori.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.UserAccount;
import jp.mamori.reminder.Obligation;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.persistence.StaleRecordException;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.security.SystemActor;
import jp.mamori.support.Actors;
import jp.mamori.support.Fixtures;
import jp.mamori.support.MamoriIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@MamoriIntegrationTest
class PolicyServiceTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    PolicyService policies;
    @Autowired
    PolicyAcknowledgementObligations obligations;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    PolicyReports reports;
    @Autowired
    JdbcTemplate jdbc;

    UserAccount manager;
    UserAccount top;
    UserAccount worker;

    @BeforeEach
    void people() {
        Department department = fixtures.department("総務部");
        manager = fixtures.user("pm", department, Role.PRIVACY_MANAGER, Role.EMPLOYEE);
        top = fixtures.user("ceo", department, Role.TOP_MANAGEMENT, Role.EMPLOYEE);
        worker = fixtures.user("worker", department, Role.EMPLOYEE);
    }

    @Test
    void aVersionIsDraftedApprovedByTopManagementPublishedAndThenRevised() throws Exception {
        PolicyVersion draft = asManager(() -> policies.create(PolicyKind.INTERNAL_RULES, "個人情報取扱規程",
                "Handling rules", new PolicyText("# 第1条\n本規程は…", "# Article 1\nThese rules…", null)));
        assertThat(draft.getStatus()).isEqualTo(PolicyStatus.DRAFT);
        assertThat(draft.getNumber()).isEqualTo(1);

        PolicyVersion submitted = asManager(() -> policies.submit(draft.getId(), draft.getVersion()));
        assertThatThrownBy(() -> asManager(() -> policies.approve(submitted.getId(), null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> asTop(() -> policies.returnForChanges(submitted.getId(), null, " ")))
                .isInstanceOf(RuleViolation.class);
        PolicyVersion returned = asTop(() -> policies.returnForChanges(submitted.getId(), submitted.getVersion(),
                "第3条の表現を見直すこと"));
        assertThat(returned.getStatus()).isEqualTo(PolicyStatus.DRAFT);

        PolicyVersion edited = asManager(() -> policies.saveDraft(returned.getId(), returned.getVersion(),
                new PolicyText("# 第1条\n本規程は、個人情報の取扱いを定める。", null, "第3条を修正")));
        asManager(() -> policies.submit(edited.getId(), edited.getVersion()));
        PolicyVersion approved = asTop(() -> policies.approve(edited.getId(), null, "承認する"));
        assertThat(approved.getStatus()).isEqualTo(PolicyStatus.APPROVED);
        assertThatThrownBy(() -> asManager(() -> policies.saveDraft(approved.getId(), null,
                new PolicyText("変更", null, null)))).isInstanceOf(RuleViolation.class);

        LocalDate enacted = LocalDate.of(2026, 4, 1);
        PolicyVersion published = asManager(() -> policies.publish(approved.getId(), null, enacted));
        assertThat(published.getStatus()).isEqualTo(PolicyStatus.PUBLISHED);
        assertThat(published.getEffectiveOn()).isEqualTo(enacted);

        List<PolicyApproval> records = asTop(() -> policies.approvals(approved.getId()));
        assertThat(records).extracting(PolicyApproval::getDecision)
                .containsExactly(ApprovalDecision.RETURNED, ApprovalDecision.APPROVED);
        assertThat(records.getFirst().getDecidedById()).isEqualTo(top.getId());
        assertThat(records.getFirst().getComment()).isEqualTo("第3条の表現を見直すこと");

        PolicyVersion second = asManager(() -> policies.revise(published.getDocument().getId()));
        assertThat(second.getNumber()).isEqualTo(2);
        assertThat(second.getBodyJa()).isEqualTo(published.getBodyJa());
        assertThatThrownBy(() -> asManager(() -> policies.revise(published.getDocument().getId())))
                .isInstanceOf(RuleViolation.class);
        assertThat(asWorker(() -> policies.versions(published.getDocument().getId())))
                .extracting(PolicyVersion::getNumber).containsExactly(1);
        assertThatThrownBy(() -> asWorker(() -> policies.version(second.getId())))
                .isInstanceOf(AccessDeniedException.class);

        asManager(() -> policies.saveDraft(second.getId(), null, new PolicyText("改定本文", null, "第5条を追加")));
        asManager(() -> policies.submit(second.getId(), null));
        asTop(() -> policies.approve(second.getId(), null, null));
        assertThatThrownBy(() -> asManager(() -> policies.publish(second.getId(), null, enacted.minusDays(1))))
                .isInstanceOf(RuleViolation.class);
        LocalDate revised = LocalDate.of(2026, 10, 1);
        asManager(() -> policies.publish(second.getId(), null, revised));

        PublishedPolicy inForce = asWorker(() -> policies.inForce(published.getDocument().getId())).orElseThrow();
        assertThat(inForce.version().getNumber()).isEqualTo(2);
        assertThat(inForce.enactedOn()).isEqualTo(enacted);
        assertThat(inForce.revisedOn()).containsExactly(revised);
        assertThat(asManager(() -> policies.version(published.getId())).getStatus()).isEqualTo(PolicyStatus.SUPERSEDED);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Actors.as(fixtures.principalOf(manager), () -> reports.versionPdf(second.getId(), out, Locale.JAPANESE));
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", "")).contains("個人情報取扱規程第2版",
                    "改定本文", "改定履歴", "2026-04-01（令和8年4月1日）", "制定", "2026-10-01（令和8年10月1日）",
                    "第5条を追加", "承認記録");
        }
    }

    @Test
    void nobodyApprovesAVersionTheySubmittedThemselves() {
        UserAccount both = fixtures.user("pm.ceo", null, Role.PRIVACY_MANAGER, Role.TOP_MANAGEMENT, Role.EMPLOYEE);
        PolicyVersion submitted = Actors.as(fixtures.principalOf(both), () -> {
            PolicyVersion draft = policies.create(PolicyKind.PROCEDURE, Fixtures.unique("開示等の請求手順 "),
                    "Request procedure", new PolicyText("# 手順\n受付から回答まで", null, null));
            return policies.submit(draft.getId(), draft.getVersion());
        });

        assertThatThrownBy(() -> Actors.as(fixtures.principalOf(both),
                () -> policies.approve(submitted.getId(), submitted.getVersion(), null)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("policy.error.ownSubmission");
        PolicyVersion approved = asTop(() -> policies.approve(submitted.getId(), submitted.getVersion(), "承認"));
        assertThat(approved.getStatus()).isEqualTo(PolicyStatus.APPROVED);
    }

    @Test
    void aStaleSaveIsRefused() {
        PolicyVersion draft = asManager(() -> policies.create(PolicyKind.PROCEDURE, "開示等請求対応手順", null,
                new PolicyText("手順1", null, null)));
        asManager(() -> policies.saveDraft(draft.getId(), draft.getVersion(), new PolicyText("手順1と2", null, null)));
        assertThatThrownBy(() -> asManager(() -> policies.saveDraft(draft.getId(), draft.getVersion(),
                new PolicyText("古い画面からの保存", null, null)))).isInstanceOf(StaleRecordException.class);
    }

    @Test
    void publicationAsksEveryActiveWorkerToAcknowledgeUntilTheyDo() {
        PolicyVersion draft = asManager(() -> policies.create(PolicyKind.INTERNAL_PRIVACY_POLICY, "内部向け方針", null,
                new PolicyText("当社は個人情報を大切にします。", null, null)));
        asManager(() -> policies.submit(draft.getId(), null));
        asTop(() -> policies.approve(draft.getId(), null, null));
        assertThatThrownBy(() -> asWorker(() -> policies.acknowledge(draft.getId()))).isInstanceOf(RuleViolation.class);
        PolicyVersion published = asManager(() -> policies.publish(draft.getId(), null, null));
        String key = published.getId() + ":" + worker.getId();

        assertThat(asWorker(policies::myPending)).extracting(PendingAcknowledgement::versionId).contains(published.getId());
        LocalDate due = published.getPublishedOn().plusDays(policies.acknowledgementDays());
        assertThat(open(due.minusDays(1))).noneMatch(obligation -> obligation.subjectKey().equals(key));
        Obligation owed = open(due).filter(obligation -> obligation.subjectKey().equals(key)).findFirst().orElseThrow();
        assertThat(owed.kind()).isEqualTo("policy.acknowledgement");
        assertThat(owed.responsibleUserId()).isEqualTo(worker.getId());
        assertThat(owed.dueDate()).isEqualTo(due);
        assertThat(owed.link()).isEqualTo("policies/acknowledge/" + published.getId());

        asWorker(() -> policies.acknowledge(published.getId()));
        assertThatThrownBy(() -> asWorker(() -> policies.acknowledge(published.getId())))
                .isInstanceOf(RuleViolation.class);
        assertThat(asWorker(policies::myPending)).extracting(PendingAcknowledgement::versionId)
                .doesNotContain(published.getId());
        assertThat(open(due.plusDays(30))).noneMatch(obligation -> obligation.subjectKey().equals(key));

        List<AcknowledgementRow> rows = asManager(() -> policies.acknowledgements(published.getId()));
        assertThat(rows).filteredOn(row -> row.userId() == worker.getId()).singleElement()
                .satisfies(row -> assertThat(row.acknowledged()).isTrue());
        assertThat(rows).filteredOn(row -> row.userId() == top.getId()).singleElement()
                .satisfies(row -> assertThat(row.acknowledged()).isFalse());
        assertThatThrownBy(() -> asWorker(() -> policies.acknowledgements(published.getId())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void someoneHiredAfterThePublicationOwesTheAcknowledgementFromTheirHiring() {
        PolicyVersion draft = asManager(() -> policies.create(PolicyKind.INTERNAL_RULES, Fixtures.unique("入退室管理規程 "),
                null, new PolicyText("入退室は記録する。", null, null)));
        asManager(() -> policies.submit(draft.getId(), null));
        asTop(() -> policies.approve(draft.getId(), null, null));
        PolicyVersion published = asManager(() -> policies.publish(draft.getId(), null, null));
        UserAccount newcomer = fixtures.user("newcomer", null, Role.EMPLOYEE);
        LocalDate hired = published.getPublishedOn().plusDays(40);
        jdbc.update("update user_account set hire_date = ? where id = ?", hired, newcomer.getId());
        String key = published.getId() + ":" + newcomer.getId();
        int days = policies.acknowledgementDays();

        assertThat(open(published.getPublishedOn().plusDays(days))).noneMatch(o -> o.subjectKey().equals(key));
        assertThat(open(hired.plusDays(days - 1))).noneMatch(o -> o.subjectKey().equals(key));
        assertThat(open(hired.plusDays(days))).filteredOn(o -> o.subjectKey().equals(key)).singleElement()
                .satisfies(o -> assertThat(o.dueDate()).isEqualTo(hired.plusDays(days)));
    }

    private Stream<Obligation> open(LocalDate horizon) {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        return SystemActor.call(() -> readOnly.execute(status -> {
            try (Stream<Obligation> stream = obligations.openObligationsDueBy(horizon)) {
                return stream.toList();
            }
        })).stream();
    }

    private <T> T asManager(Supplier<T> work) {
        return Actors.as(fixtures.principalOf(manager), work);
    }

    private <T> T asTop(Supplier<T> work) {
        return Actors.as(fixtures.principalOf(top), work);
    }

    private <T> T asWorker(Supplier<T> work) {
        return Actors.as(fixtures.principalOf(worker), work);
    }
}
