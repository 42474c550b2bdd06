package jp.mamori.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.mamori.audit.AuditKind;
import jp.mamori.audit.AuditPlan;
import jp.mamori.audit.AuditService;
import jp.mamori.audit.FindingGrade;
import jp.mamori.audit.FindingService;
import jp.mamori.audit.FindingValues;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.persistence.StaleRecordException;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.security.Role;
import jp.mamori.support.Actors;
import jp.mamori.support.Fixtures;
import jp.mamori.support.MamoriIntegrationTest;
import jp.mamori.support.PdfText;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@MamoriIntegrationTest
class ManagementReviewTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    ManagementReviewService reviews;
    @Autowired
    ManagementReviewMinutes minutes;
    @Autowired
    AuditService audits;
    @Autowired
    FindingService findings;
    @Autowired
    Clock clock;

    MamoriPrincipal privacyManager;
    MamoriPrincipal topManagement;
    LocalDate today;

    @BeforeEach
    void organisation() {
        Department office = fixtures.department("経営企画室");
        privacyManager = fixtures.principalOf(fixtures.user("pm", office, Role.PRIVACY_MANAGER));
        topManagement = fixtures.principalOf(fixtures.user("ceo", office, Role.TOP_MANAGEMENT));
        today = LocalDate.now(clock);
    }

    @Test
    void theDraftGathersEveryModulesInputsForThePeriod() {
        Department audited = fixtures.department("物流部");
        UserAccount lead = fixtures.user("lead", fixtures.department("内部監査室"), Role.AUDITOR);
        MamoriPrincipal leadPrincipal = fixtures.principalOf(lead);
        long auditId = Actors.as(leadPrincipal, () -> audits.plan(null, null, new AuditPlan(AuditKind.DEPARTMENT, null,
                Set.of(audited.getId()), today, lead.getId(), Set.of(), null, null))).getId();
        Actors.as(leadPrincipal, () -> findings.record(auditId, new FindingValues(null, FindingGrade.MINOR_NONCONFORMITY,
                "A.3.4.3.2", "持出し記録の漏れ", "持出し台帳", null, lead.getId(), null)));

        ManagementReview review = Actors.as(privacyManager, () -> reviews.create(today.minusMonths(6), today.plusMonths(6),
                null, "代表取締役、個人情報保護管理者", Messages.JAPANESE));
        assertThat(review.getStatus()).isEqualTo(ReviewStatus.DRAFT);
        assertThat(review.getSections()).extracting(ReviewSection::getSourceKey).containsExactly("review.previous",
                "review.issues", "audit.results", "audit.correctiveActions", "consignee.status", "safeguard.failedChecks",
                "training.completion", "request.status", "complaint.stage", "incident.status", "review.improvement");
        assertThat(section(review, "audit.results").getBody()).contains("物流部", "軽微な不適合 1");
        assertThat(section(review, "audit.correctiveActions").getBody()).contains("軽微な不適合：A.3.4.3.2（物流部）");
        assertThat(section(review, "safeguard.failedChecks").getTitle()).isEqualTo("運用の確認（安全管理措置の点検）の結果");
        assertThat(section(review, "review.issues").getBody()).isEmpty();

        assertThatThrownBy(() -> Actors.as(topManagement, () -> reviews.create(today, today, null, null, Messages.JAPANESE)))
                .as("the privacy manager drafts").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Actors.as(privacyManager, () -> reviews.create(today, today.minusDays(1), null, null,
                Messages.JAPANESE))).isInstanceOf(RuleViolation.class);
    }

    @Test
    void topManagementDecidesAndTheReviewIsLockedAndCarriedIntoTheNext() throws IOException {
        LocalDate from = LocalDate.of(2091, 4, 1);
        ManagementReview draft = Actors.as(privacyManager, () -> reviews.create(from, from.plusYears(1).minusDays(1),
                null, null, Messages.JAPANESE));
        List<ReviewDraft.Section> edited = new ArrayList<>();
        for (ReviewSection section : draft.getSections()) {
            if (!"review.improvement".equals(section.getSourceKey())) {
                edited.add(new ReviewDraft.Section(section.getId(), section.getTitle(),
                        "review.issues".equals(section.getSourceKey()) ? "改正個人情報保護法への対応が必要" : section.getBody()));
            }
        }
        edited.add(new ReviewDraft.Section(null, "資源の妥当性", "監査員を1名増員したい"));
        ManagementReview saved = Actors.as(privacyManager, () -> reviews.saveDraft(draft.getId(), draft.getVersion(),
                new ReviewDraft(null, "代表取締役", edited)));
        assertThat(saved.getVersion()).isGreaterThan(draft.getVersion());
        assertThat(saved.getSections()).extracting(ReviewSection::getTitle).contains("資源の妥当性")
                .doesNotContain("改善の機会");
        assertThatThrownBy(() -> Actors.as(privacyManager, () -> reviews.saveDraft(draft.getId(), draft.getVersion(),
                new ReviewDraft(null, null, edited)))).isInstanceOf(StaleRecordException.class);

        assertThatThrownBy(() -> Actors.as(privacyManager, () -> reviews.decide(saved.getId(), saved.getVersion(),
                "承認する", null))).as("top management decides").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Actors.as(topManagement, () -> reviews.decide(saved.getId(), saved.getVersion(),
                "承認する", null))).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("review.error.meetingDateRequired");
        List<ReviewDraft.Section> current = saved.getSections().stream()
                .map(s -> new ReviewDraft.Section(s.getId(), s.getTitle(), s.getBody())).toList();
        ManagementReview withMeeting = Actors.as(privacyManager, () -> reviews.saveDraft(saved.getId(), saved.getVersion(),
                new ReviewDraft(from.plusYears(1).plusDays(10), "代表取締役、個人情報保護管理者", current)));
        ManagementReview decided = Actors.as(topManagement, () -> reviews.decide(withMeeting.getId(),
                withMeeting.getVersion(), "内部監査員を1名増員する", "教育計画を見直すこと"));
        assertThat(decided.getStatus()).isEqualTo(ReviewStatus.DECIDED);
        assertThat(decided.getDecidedBy().getId()).isEqualTo(topManagement.userId());
        assertThatThrownBy(() -> Actors.as(privacyManager, () -> reviews.saveDraft(decided.getId(), decided.getVersion(),
                new ReviewDraft(null, null, current)))).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("review.error.decided");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Actors.as(topManagement, () -> minutes.write(decided.getId(), out, Messages.JAPANESE));
        String text = PdfText.of(out.toByteArray());
        assertThat(text).contains("マネジメントレビュー議事録", "改正個人情報保護法への対応が必要", "資源の妥当性",
                "内部監査員を1名増員する", "教育計画を見直すこと", "令和");

        ManagementReview next = Actors.as(privacyManager, () -> reviews.create(from.plusYears(1), from.plusYears(2).minusDays(1),
                null, null, Messages.JAPANESE));
        assertThat(section(next, "review.previous").getBody()).contains("内部監査員を1名増員する", "教育計画を見直すこと");
    }

    private static ReviewSection section(ManagementReview review, String key) {
        return review.getSections().stream().filter(s -> key.equals(s.getSourceKey())).findFirst().orElseThrow();
    }
}
