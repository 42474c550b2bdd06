package jp.mamori.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.UserAccount;
import jp.mamori.safeguard.AnswerValues;
import jp.mamori.safeguard.CheckAnswer;
import jp.mamori.safeguard.CheckResult;
import jp.mamori.safeguard.FollowUp;
import jp.mamori.safeguard.OperationalCheck;
import jp.mamori.safeguard.OperationalCheckService;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.security.Role;
import jp.mamori.support.Actors;
import jp.mamori.support.Fixtures;
import jp.mamori.support.MamoriIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@MamoriIntegrationTest
class FollowUpAdoptionTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    OperationalCheckService checks;
    @Autowired
    CorrectiveActionService actions;
    @Autowired
    CorrectiveActionRepository repository;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    Department department;
    UserAccount checker;
    UserAccount owner;
    MamoriPrincipal privacyManager;
    MamoriPrincipal auditor;

    @BeforeEach
    void organisation() {
        department = fixtures.department("総務部");
        checker = fixtures.user("checker", department);
        owner = fixtures.user("owner", department);
        Department audit = fixtures.department("内部監査室");
        privacyManager = fixtures.principalOf(fixtures.user("pm", audit, Role.PRIVACY_MANAGER));
        auditor = fixtures.principalOf(fixtures.user("auditor", audit, Role.AUDITOR));
    }

    @Test
    void aFailedCheckRaisesACorrectiveActionThatCompletesTheFollowUpWhenClosed() {
        FollowUp followUp = failOneItem("施錠されていない書庫があった");
        CorrectiveAction action = repository.findRunningForFollowUp(followUp.getId()).orElseThrow();
        assertThat(action.getSource()).isEqualTo(ActionSource.SAFEGUARD_FOLLOW_UP);
        assertThat(action.getStatus()).isEqualTo(CorrectiveActionStatus.IMMEDIATE_CORRECTION);
        assertThat(action.getOwner().getId()).isEqualTo(owner.getId());
        assertThat(action.getDepartment().getId()).isEqualTo(department.getId());
        assertThat(action.getDueDate()).isEqualTo(followUp.getDueDate());
        assertThat(action.getDescription()).contains("施錠されていない書庫があった");
        assertThat(action.getTitle()).contains(followUp.getAnswer().getItem().getCode(), "総務部");
        assertThat(Actors.as(privacyManager, () -> actions.timeline(action.getId()))).singleElement()
                .satisfies(raised -> assertThat(raised.getActorName()).as("raised by whoever failed the check")
                        .isEqualTo(checker.getUsername()));

        MamoriPrincipal ownerPrincipal = fixtures.principalOf(owner);
        LocalDate today = LocalDate.now(clock);
        CorrectiveAction moved = action;
        moved = move(ownerPrincipal, moved, TransitionRequest.to(CorrectiveActionStatus.ROOT_CAUSE_ANALYSIS,
                moved.getVersion()).withImmediateCorrection("書庫を施錠した"));
        moved = move(ownerPrincipal, moved, TransitionRequest.to(CorrectiveActionStatus.PLANNING, moved.getVersion())
                .withRootCause("鍵の管理者が決まっていなかった"));
        moved = move(ownerPrincipal, moved, TransitionRequest.to(CorrectiveActionStatus.IMPLEMENTATION, moved.getVersion())
                .withPlan("鍵の管理者を指名する", null, today.plusDays(7)));
        moved = move(ownerPrincipal, moved, TransitionRequest.to(CorrectiveActionStatus.VERIFICATION, moved.getVersion())
                .withImplementation("総務課長を鍵の管理者に指名した"));
        move(auditor, moved, TransitionRequest.to(CorrectiveActionStatus.CLOSED, moved.getVersion())
                .withVerification("1か月の施錠記録を確認"));

        assertThat(Actors.as(ownerPrincipal, () -> checks.myFollowUps())).extracting(FollowUp::getId)
                .as("the follow-up is done once its action is verified effective").doesNotContain(followUp.getId());
        assertThat(jdbc.queryForObject("select status from safeguard_follow_up where id = ?", String.class, followUp.getId()))
                .isEqualTo("DONE");
    }

    @Test
    void followUpsOpenedBeforeTheModuleListenedAreAdoptedOnce() {
        FollowUp followUp = failOneItem("ウイルス対策ソフトの定義ファイルが古い");
        CorrectiveAction first = repository.findRunningForFollowUp(followUp.getId()).orElseThrow();
        jdbc.update("update corrective_action set follow_up_id = null where id = ?", first.getId());
        assertThat(repository.findRunningForFollowUp(followUp.getId())).isEmpty();

        int adopted = Actors.as(privacyManager, () -> actions.adoptOpenFollowUps());
        assertThat(adopted).isPositive();
        CorrectiveAction adoptedAction = repository.findRunningForFollowUp(followUp.getId()).orElseThrow();
        assertThat(adoptedAction.getId()).isNotEqualTo(first.getId());
        assertThat(adoptedAction.getOwner().getId()).isEqualTo(owner.getId());
        Actors.as(privacyManager, () -> actions.adoptOpenFollowUps());
        assertThat(jdbc.queryForObject("select count(*) from corrective_action where follow_up_id = ?", Long.class,
                followUp.getId())).as("adopting twice adds nothing").isEqualTo(1);
    }

    @Test
    void aFollowUpAlreadyPastItsDueDateBecomesAnOverdueAction() {
        LocalDate yesterday = LocalDate.now(clock).minusDays(1);
        FollowUp followUp = failOneItem("鍵の管理簿がない", yesterday);
        CorrectiveAction action = repository.findRunningForFollowUp(followUp.getId()).orElseThrow();
        assertThat(action.getDueDate()).isEqualTo(yesterday);
        assertThat(action.isOverdue(LocalDate.now(clock))).isTrue();
    }

    private FollowUp failOneItem(String comment) {
        return failOneItem(comment, null);
    }

    private FollowUp failOneItem(String comment, LocalDate due) {
        OperationalCheck check = Actors.as(privacyManager, () -> checks.create(department.getId(), checker.getId(), null));
        MamoriPrincipal checkerPrincipal = fixtures.principalOf(checker);
        List<CheckAnswer> answers = Actors.as(checkerPrincipal, () -> checks.answers(check.getId()));
        CheckAnswer row = answers.getFirst();
        Actors.as(checkerPrincipal, () -> checks.answer(row.getId(), row.getVersion(),
                new AnswerValues(CheckResult.NOT_MET, null, comment, owner.getId(), due, null)));
        return Actors.as(fixtures.principalOf(owner), () -> checks.myFollowUps()).stream()
                .filter(f -> f.getAnswer().getId().equals(row.getId())).findFirst().orElseThrow();
    }

    private CorrectiveAction move(MamoriPrincipal actor, CorrectiveAction action, TransitionRequest request) {
        return Actors.as(actor, () -> actions.transition(action.getId(), request));
    }
}
