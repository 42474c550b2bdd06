package jp.mamori.consignee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.persistence.StaleRecordException;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.security.SystemActor;
import jp.mamori.support.Actors;
import jp.mamori.support.Fixtures;
import jp.mamori.support.MamoriIntegrationTest;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@MamoriIntegrationTest
class ConsigneeServiceTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    ConsigneeService consignees;
    @Autowired
    ConsigneeFixtures consigneeFixtures;

    @Test
    void privacyManagersRegisterConsigneesWithAValidCorporateNumber() {
        var manager = fixtures.principalOf(fixtures.user("pm", null, Role.PRIVACY_MANAGER));
        String name = Fixtures.unique("データ入力株式会社");
        Consignee saved = Actors.as(manager, () -> consignees.save(null, null,
                new ConsigneeValues(name, "７０００-０１２０-５０００２", "東京都", ConsigneeStatus.CANDIDATE, true)));

        assertThat(saved.getCorporateNumber()).isEqualTo("7000012050002");
        assertThat(Actors.as(manager, () -> consignees.page(new ConsigneeFilter(name.substring(0, 8), null, null),
                PageRequest.of(0, 10)))).extracting(Consignee::getName).contains(name);

        assertThatThrownBy(() -> Actors.as(manager, () -> consignees.save(null, null,
                new ConsigneeValues(Fixtures.unique("別会社"), "7000012050002", null, ConsigneeStatus.CANDIDATE, true))))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("consignee.error.corporateNumberTaken");
        Consignee wrongDigit = new Consignee();
        wrongDigit.setName(Fixtures.unique("誤番号"));
        wrongDigit.setCorporateNumber("8000012050002");
        assertThatThrownBy(() -> Actors.as(manager, () -> consignees.save(wrongDigit)))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void onlyKeepersChangeTheRegisterAndStaleChangesAreRefused() {
        var employee = fixtures.principalOf(fixtures.user("emp", null, Role.EMPLOYEE));
        var auditor = fixtures.principalOf(fixtures.user("aud", null, Role.AUDITOR));
        Consignee consignee = SystemActor.call(() -> consignees.save(null, null,
                new ConsigneeValues(Fixtures.unique("配送会社"), null, null, ConsigneeStatus.CANDIDATE, true)));

        assertThatThrownBy(() -> Actors.as(employee, () -> consignees.page(ConsigneeFilter.none(), PageRequest.of(0, 5))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Actors.as(employee, () -> consignees.selectable())).extracting(Consignee::getId)
                .contains(consignee.getId());
        assertThat(Actors.as(auditor, () -> consignees.get(consignee.getId())).getName()).isEqualTo(consignee.getName());
        assertThatThrownBy(() -> Actors.as(auditor, () -> consignees.save(consignee.getId(), consignee.getVersion(),
                new ConsigneeValues("x", null, null, ConsigneeStatus.SUSPENDED, true))))
                .isInstanceOf(AccessDeniedException.class);

        SystemActor.run(() -> consignees.save(consignee.getId(), consignee.getVersion(),
                new ConsigneeValues(consignee.getName(), null, null, ConsigneeStatus.SUSPENDED, true)));
        assertThatThrownBy(() -> SystemActor.run(() -> consignees.save(consignee.getId(), consignee.getVersion(),
                new ConsigneeValues(consignee.getName(), null, null, ConsigneeStatus.TERMINATED, true))))
                .isInstanceOf(StaleRecordException.class);
        assertThat(SystemActor.call(() -> consignees.get(consignee.getId())).acceptsNewConsignment()).isFalse();
    }

    @Test
    void approvalComesOnlyFromAnAssessmentWhileOtherMovesStayManual() {
        var manager = fixtures.principalOf(fixtures.user("pm", null, Role.PRIVACY_MANAGER));
        assertApprovalRefused(() -> Actors.as(manager, () -> consignees.save(null, null,
                new ConsigneeValues(Fixtures.unique("手動承認株式会社"), null, null, ConsigneeStatus.APPROVED, true))));

        Consignee candidate = consigneeFixtures.consignee("選定中株式会社", ConsigneeStatus.CANDIDATE);
        assertApprovalRefused(() -> Actors.as(manager, () -> consignees.save(candidate.getId(), candidate.getVersion(),
                new ConsigneeValues(candidate.getName(), null, null, ConsigneeStatus.CONDITIONAL, true))));
        assertThat(reload(candidate).getStatus()).isEqualTo(ConsigneeStatus.CANDIDATE);

        Consignee approved = consigneeFixtures.consignee("評価で承認株式会社", ConsigneeStatus.APPROVED);
        LocalDate due = approved.getNextEvaluationDue();
        assertThat(due).isNotNull();
        Consignee moved = Actors.as(manager, () -> consignees.save(approved.getId(), approved.getVersion(),
                new ConsigneeValues(approved.getName() + "（移転）", null, "大阪府", ConsigneeStatus.APPROVED, true)));
        assertThat(moved.getStatus()).isEqualTo(ConsigneeStatus.APPROVED);
        assertThat(moved.getNextEvaluationDue()).isEqualTo(due);

        Consignee edited = reload(approved);
        edited.setStatus(ConsigneeStatus.CONDITIONAL);
        assertApprovalRefused(() -> Actors.as(manager, () -> consignees.save(edited)));
        edited.setStatus(ConsigneeStatus.SUSPENDED);
        Consignee suspended = Actors.as(manager, () -> consignees.save(edited));
        suspended.setStatus(ConsigneeStatus.APPROVED);
        assertApprovalRefused(() -> Actors.as(manager, () -> consignees.save(suspended)));
        suspended.setStatus(ConsigneeStatus.TERMINATED);
        assertThat(Actors.as(manager, () -> consignees.save(suspended)).getStatus())
                .isEqualTo(ConsigneeStatus.TERMINATED);
    }

    private Consignee reload(Consignee consignee) {
        return SystemActor.call(() -> consignees.get(consignee.getId()));
    }

    private static void assertApprovalRefused(ThrowingCallable save) {
        assertThatThrownBy(save).isInstanceOfSatisfying(RuleViolation.class, e -> {
            assertThat(e.messageKey()).isEqualTo("consignee.error.approvalByAssessment");
            assertThat(e.field()).isEqualTo("status");
        });
    }
}
