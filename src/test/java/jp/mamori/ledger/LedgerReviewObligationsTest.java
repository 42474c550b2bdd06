package jp.mamori.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.UserAccount;
import jp.mamori.reminder.Obligation;
import jp.mamori.reminder.Severity;
import jp.mamori.shared.security.SystemActor;
import jp.mamori.support.Fixtures;
import jp.mamori.support.MamoriIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@MamoriIntegrationTest
class LedgerReviewObligationsTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    LedgerFixtures ledgerFixtures;
    @Autowired
    LedgerService ledger;
    @Autowired
    LedgerReviewObligations source;

    @Test
    void entriesInUseDueForReviewAreObligationsOfTheirOwnerUntilReviewed() {
        Department department = fixtures.department("カスタマーサポート部");
        UserAccount owner = fixtures.user("owner", department);
        LocalDate today = ledger.today();
        LedgerEntry overdue = save(department, owner, "通話録音", today.minusDays(1), LedgerStatus.ACTIVE, true);
        LedgerEntry dueSoon = save(department, owner, "問い合わせメール", today.plusDays(10), LedgerStatus.ACTIVE, false);
        LedgerEntry later = save(department, owner, "アンケート回答", today.plusDays(100), LedgerStatus.ACTIVE, false);
        LedgerEntry draft = save(department, owner, "検討中の会員制度", today.minusDays(5), LedgerStatus.DRAFT, false);
        LedgerEntry retired = save(department, owner, "旧顧客名簿", today.minusDays(5), LedgerStatus.RETIRED, false);

        List<String> mine = List.of(key(overdue), key(dueSoon), key(later), key(draft), key(retired));
        Map<String, Obligation> found = obligations(today.plusDays(30), mine);

        assertThat(found).containsOnlyKeys(key(overdue), key(dueSoon));
        Obligation first = found.get(key(overdue));
        assertThat(first.kind()).isEqualTo("ledger.review");
        assertThat(first.subject()).isEqualTo(overdue.getReference() + " 通話録音");
        assertThat(first.responsibleUserId()).isEqualTo(owner.getId());
        assertThat(first.departmentId()).isEqualTo(department.getId());
        assertThat(first.dueDate()).isEqualTo(today.minusDays(1));
        assertThat(first.link()).isEqualTo("ledger/" + overdue.getId());
        assertThat(first.severity()).isEqualTo(Severity.HIGH);
        assertThat(found.get(key(dueSoon)).severity()).isEqualTo(Severity.NORMAL);
        assertThat(List.of(later, draft, retired)).extracting(LedgerReviewObligationsTest::key)
                .doesNotContainAnyElementsOf(found.keySet());

        SystemActor.run(() -> ledger.review(overdue.getId(), null, "年次見直し"));
        assertThat(obligations(today.plusDays(30), mine)).containsOnlyKeys(key(dueSoon));
    }

    private Map<String, Obligation> obligations(LocalDate horizon, List<String> mine) {
        try (Stream<Obligation> stream = source.openObligationsDueBy(horizon)) {
            return stream.filter(o -> mine.contains(o.subjectKey()))
                    .collect(Collectors.toMap(Obligation::subjectKey, o -> o));
        }
    }

    private LedgerEntry save(Department department, UserAccount owner, String name, LocalDate next, LedgerStatus status,
                             boolean specialCare) {
        LedgerEntry draft = ledgerFixtures.draft(department, owner, name);
        draft.setNextReviewDate(next);
        draft.setStatus(status);
        draft.setSpecialCare(specialCare);
        return SystemActor.call(() -> ledger.save(draft));
    }

    private static String key(LedgerEntry entry) {
        return String.valueOf(entry.getId());
    }
}
