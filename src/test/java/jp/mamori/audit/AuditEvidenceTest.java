package jp.mamori.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.security.Role;
import jp.mamori.support.Actors;
import jp.mamori.support.Fixtures;
import jp.mamori.support.MamoriIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@MamoriIntegrationTest
class AuditEvidenceTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    Fixtures fixtures;
    @Autowired
    AuditService audits;
    @Autowired
    AuditEvidenceService evidence;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    @Test
    void theTeamAttachesCheckedFilesThatReadersDownloadUnchanged() {
        AuditScenario scenario = AuditScenario.create(fixtures);
        Audit audit = scenario.planAudit(audits, LocalDate.now(clock));
        MamoriPrincipal auditor = scenario.as(scenario.auditor);
        ChecklistItem item = Actors.as(scenario.as(scenario.lead), () -> audits.addClause(audit.getId(),
                new ClauseQuestion("A.3.4.5 記録の管理", "入退室記録は保管されているか")));

        AuditEvidence attached = Actors.as(auditor, () -> evidence.attach(item.getId(), "../入退室記録.pdf", PDF));
        assertThat(attached.getFileName()).isEqualTo("入退室記録.pdf");
        assertThat(attached.getContentType()).isEqualTo("application/pdf");
        assertThat(attached.getUploadedBy()).isEqualTo(scenario.auditor.getUsername());

        MamoriPrincipal privacyManager = scenario.as(scenario.privacyManager);
        assertThat(Actors.as(privacyManager, () -> evidence.files(item.getId()))).extracting(AuditEvidence::getId)
                .containsExactly(attached.getId());
        assertThat(Actors.as(privacyManager, () -> evidence.download(attached.getId())).content()).isEqualTo(PDF);

        assertThatThrownBy(() -> Actors.as(auditor, () -> evidence.attach(item.getId(), "tool.pdf",
                new byte[] {'M', 'Z', 0, 0}))).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("audit.evidence.error.fileExecutable");
        assertThatThrownBy(() -> Actors.as(auditor, () -> evidence.attach(item.getId(), "memo.txt",
                "memo".getBytes(StandardCharsets.UTF_8)))).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("audit.evidence.error.fileType");
        assertThatThrownBy(() -> Actors.as(scenario.as(fixtures.user("outsider", scenario.auditDepartment, Role.AUDITOR)),
                () -> evidence.attach(item.getId(), "x.pdf", PDF))).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("audit.error.notTeamMember");
        assertThat(Actors.as(privacyManager, () -> evidence.files(item.getId()))).hasSize(1);
        assertThatThrownBy(() -> Actors.as(auditor, () -> {
            audits.removeChecklistItem(item.getId());
            return null;
        })).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("audit.checklist.error.answered");
    }

    @Test
    void aFileChangedBehindMamorisBackIsNotServed() {
        AuditScenario scenario = AuditScenario.create(fixtures);
        Audit audit = scenario.planAudit(audits, LocalDate.now(clock));
        MamoriPrincipal lead = scenario.as(scenario.lead);
        ChecklistItem item = Actors.as(lead, () -> audits.addClause(audit.getId(),
                new ClauseQuestion("A.3.3.7 教育", "教育記録はあるか")));
        AuditEvidence attached = Actors.as(lead, () -> evidence.attach(item.getId(), "教育記録.pdf", PDF));
        jdbc.update("update audit_evidence_content set content = ? where evidence_id = ?",
                "%PDF-1.7 altered".getBytes(StandardCharsets.US_ASCII), attached.getId());

        assertThatThrownBy(() -> Actors.as(lead, () -> evidence.download(attached.getId())))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("audit.evidence.error.tampered");
    }
}
