package jp.mamori.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import jp.mamori.reminder.Obligation;
import jp.mamori.reminder.Severity;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.history.HistoryService;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.security.Role;
import jp.mamori.support.Actors;
import jp.mamori.support.Fixtures;
import jp.mamori.support.MamoriIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

@MamoriIntegrationTest
class SubjectRequestServiceTest {

    private static final RequestProcedure DEFAULT = new RequestProcedure(14, DayCount.CALENDAR, 0, 12);

    @Autowired
    Fixtures fixtures;
    @Autowired
    SubjectRequestService requests;
    @Autowired
    RequestProcedureService procedures;
    @Autowired
    SubjectRequestObligations obligations;
    @Autowired
    HistoryService history;

    private MamoriPrincipal manager;

    @BeforeEach
    void signIn() {
        manager = fixtures.principalOf(fixtures.user("pm", null, Role.PRIVACY_MANAGER));
    }

    /** The procedure is one row shared by every test: leave it as the migration created it. */
    @AfterEach
    void restoreTheDefaultProcedure() {
        Actors.as(manager, () -> procedures.save(DEFAULT, null));
    }

    @Test
    void theDefaultProcedureIsFourteenCalendarDaysNoFeeAndOneYearOfRetention() {
        assertThat(Actors.as(manager, () -> procedures.current())).isEqualTo(DEFAULT);
        SubjectRequest request = Actors.as(manager, () -> requests.save(null, null, values(LocalDate.of(2026, 4, 28))));
        assertThat(request.getResponseDue()).isEqualTo(LocalDate.of(2026, 5, 12));
        assertThat(request.getFeeAmount()).isZero();
        assertThat(request.getStatus()).isEqualTo(RequestStatus.OPEN);
        assertThat(request.getDestructionDue()).isNull();
    }

    @Test
    void businessDaysSkipGoldenWeekAndTheFeeComesFromTheProcedure() {
        Actors.as(manager, () -> procedures.save(new RequestProcedure(5, DayCount.BUSINESS, 800, 12), null));
        // 2026-04-28 (Tue) + 5 business days: 4/30, 5/1, 5/7, 5/8, 5/11 — Showa Day and 5/2–5/6 are skipped.
        SubjectRequest request = Actors.as(manager, () -> requests.save(null, null, values(LocalDate.of(2026, 4, 28))));
        assertThat(request.getResponseDue()).isEqualTo(LocalDate.of(2026, 5, 11));
        assertThat(request.getFeeAmount()).isEqualTo(800);

        Actors.as(manager, () -> procedures.save(new RequestProcedure(14, DayCount.CALENDAR, 800, 12), null));
        SubjectRequest reloaded = Actors.as(manager, () -> requests.get(request.getId()));
        reloaded.setDetails("追記");
        SubjectRequest resaved = Actors.as(manager, () -> requests.save(reloaded));
        assertThat(resaved.getResponseDue()).as("a changed procedure does not move a promise made")
                .isEqualTo(LocalDate.of(2026, 5, 11));
    }

    @Test
    void answeringEndsTheResponseObligationAndStartsTheDestructionOneUntilThePapersAreDestroyed() {
        SubjectRequest request = Actors.as(manager, () -> requests.save(null, null, values(LocalDate.of(2026, 4, 28))));
        String key = String.valueOf(request.getId());
        assertThat(open(LocalDate.of(2026, 5, 11), key)).isEmpty();
        assertThat(open(LocalDate.of(2026, 5, 12), key)).singleElement().satisfies(obligation -> {
            assertThat(obligation.kind()).isEqualTo("request.response");
            assertThat(obligation.dueDate()).isEqualTo(LocalDate.of(2026, 5, 12));
            assertThat(obligation.link()).isEqualTo("subject-requests/" + key);
            assertThat(obligation.subject()).doesNotContain("山田");
            assertThat(obligation.severity()).isEqualTo(Severity.HIGH);
        });

        SubjectRequest answered = Actors.as(manager, () -> {
            SubjectRequest loaded = requests.get(request.getId());
            loaded.setIdentityMethod("運転免許証の写し");
            loaded.setIdentityVerifiedOn(LocalDate.of(2026, 4, 30));
            loaded.setDecision(Decision.COMPLY);
            loaded.setResponseMethod(ResponseMethod.POST);
            loaded.setRespondedOn(LocalDate.of(2026, 5, 8));
            return requests.save(loaded);
        });
        assertThat(answered.getStatus()).isEqualTo(RequestStatus.RESPONDED);
        assertThat(answered.getDestructionDue()).isEqualTo(LocalDate.of(2027, 5, 8));
        assertThat(open(LocalDate.of(2027, 5, 7), key)).isEmpty();
        assertThat(open(LocalDate.of(2027, 5, 8), key)).extracting(Obligation::kind).containsExactly("request.destruction");

        Actors.as(manager, () -> {
            SubjectRequest loaded = requests.get(request.getId());
            loaded.setDestroyedOn(LocalDate.of(2027, 5, 10));
            return requests.save(loaded);
        });
        assertThat(open(LocalDate.of(2030, 1, 1), key)).isEmpty();
        assertThat(history.history(SubjectRequest.class, request.getId())).hasSize(3);
    }

    @Test
    void theRulesOfAnswering() {
        SubjectRequest request = Actors.as(manager, () -> requests.save(null, null, values(LocalDate.of(2026, 4, 28))));

        assertRefused(request, r -> r.setProxyKind(ProxyKind.MANDATED_AGENT), "request.error.proxyDetails");
        assertRefused(request, r -> {
            r.setDecision(Decision.COMPLY);
            r.setResponseMethod(ResponseMethod.EMAIL);
            r.setRespondedOn(LocalDate.of(2026, 5, 1));
        }, "request.error.identityNotVerified");
        assertRefused(request, r -> r.setDecision(Decision.REFUSE), "request.error.groundRequired");
        assertRefused(request, r -> r.setRespondedOn(LocalDate.of(2026, 4, 27)), "request.error.respondedBeforeReceived");
        assertRefused(request, r -> r.setDestroyedOn(LocalDate.of(2026, 5, 1)), "request.error.destroyedBeforeClosed");
    }

    @Test
    void employeesSeeNoRequestsAndAuditorsChangeNone() {
        var employee = fixtures.principalOf(fixtures.user("emp", null, Role.EMPLOYEE));
        var auditor = fixtures.principalOf(fixtures.user("aud", null, Role.AUDITOR));
        assertThatThrownBy(() -> Actors.as(employee, () -> requests.count(SubjectRequestFilter.none())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Actors.as(auditor, () -> requests.count(SubjectRequestFilter.none()))).isNotNegative();
        assertThatThrownBy(() -> Actors.as(auditor, () -> requests.save(null, null, values(LocalDate.of(2026, 4, 28)))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Actors.as(auditor, () -> procedures.save(DEFAULT, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void assertRefused(SubjectRequest request, java.util.function.Consumer<SubjectRequest> change, String key) {
        assertThatThrownBy(() -> Actors.as(manager, () -> {
            SubjectRequest loaded = requests.get(request.getId());
            change.accept(loaded);
            return requests.save(loaded);
        })).isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo(key);
    }

    private List<Obligation> open(LocalDate horizon, String subjectKey) {
        try (Stream<Obligation> stream = obligations.openObligationsDueBy(horizon)) {
            return stream.filter(o -> o.subjectKey().equals(subjectKey)).toList();
        }
    }

    static SubjectRequestValues values(LocalDate receivedOn) {
        return new SubjectRequestValues(RequestType.DISCLOSURE, receivedOn, ContactChannel.POST, "山田 太郎",
                "東京都千代田区1-1", "保有個人データの開示", ProxyKind.NONE, null, null, null, null, null, null, false,
                null, List.of(), null, null, null, null, null, null);
    }
}
