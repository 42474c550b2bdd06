package jp.mamori.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import jp.mamori.request.ContactChannel;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.security.Role;
import jp.mamori.support.Actors;
import jp.mamori.support.Fixtures;
import jp.mamori.support.MamoriIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@MamoriIntegrationTest
class ComplaintServiceTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    ComplaintService complaints;

    @Test
    void aComplaintMovesThroughItsStepsInOrderAndIsFoundByStage() {
        var manager = fixtures.principalOf(fixtures.user("pm", null, Role.PRIVACY_MANAGER));
        String subject = Fixtures.unique("DM停止");
        Complaint complaint = Actors.as(manager, () -> complaints.save(null, null, values(subject, null, null)));
        assertThat(complaint.getStage()).isEqualTo(ComplaintStage.FIRST_RESPONSE);

        Complaint answered = Actors.as(manager, () -> complaints.save(complaint.getId(), complaint.getVersion(),
                values(subject, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 8))));
        assertThat(answered.getStage()).isEqualTo(ComplaintStage.ANSWERED);
        var page = Actors.as(manager, () -> complaints.page(new ComplaintFilter(ComplaintStage.ANSWERED,
                ComplaintKind.COMPLAINT, ComplaintCategory.DIRECT_MARKETING), PageRequest.of(0, 500)));
        assertThat(page.getContent()).extracting(Complaint::getSubject).contains(subject);
        var notYet = Actors.as(manager, () -> complaints.page(new ComplaintFilter(ComplaintStage.FIRST_RESPONSE,
                null, null), PageRequest.of(0, 500)));
        assertThat(notYet.getContent()).extracting(Complaint::getSubject).doesNotContain(subject);

        assertThatThrownBy(() -> Actors.as(manager, () -> complaints.save(complaint.getId(), null,
                values(subject, LocalDate.of(2026, 5, 9), LocalDate.of(2026, 5, 8)))))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).field()).isEqualTo("answeredOn");
    }

    @Test
    void employeesSeeNoComplaints() {
        var employee = fixtures.principalOf(fixtures.user("emp", null, Role.EMPLOYEE));
        assertThatThrownBy(() -> Actors.as(employee, () -> complaints.count(ComplaintFilter.none())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static ComplaintValues values(String subject, LocalDate investigatedOn, LocalDate answeredOn) {
        return new ComplaintValues(LocalDate.of(2026, 4, 28), ContactChannel.PHONE, ComplaintKind.COMPLAINT,
                ComplaintCategory.DIRECT_MARKETING, subject, "佐藤 一郎", null, "ダイレクトメールを止めてほしい", null,
                LocalDate.of(2026, 4, 28), "お詫びと確認の連絡", investigatedOn, null, null, null, answeredOn, null, null);
    }
}
