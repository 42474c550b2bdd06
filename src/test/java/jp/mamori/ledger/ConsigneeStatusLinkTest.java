package jp.mamori.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import jp.mamori.consignee.AnswerLevel;
import jp.mamori.consignee.AssessmentDecision;
import jp.mamori.consignee.AssessmentService;
import jp.mamori.consignee.AssessmentTemplate;
import jp.mamori.consignee.ConsignedInformation;
import jp.mamori.consignee.Consignee;
import jp.mamori.consignee.ConsigneeFilter;
import jp.mamori.consignee.ConsigneeFixtures;
import jp.mamori.consignee.ConsigneeService;
import jp.mamori.consignee.ConsigneeStatus;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.security.SystemActor;
import jp.mamori.support.Actors;
import jp.mamori.support.Fixtures;
import jp.mamori.support.MamoriIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The consignee decisions of issue 7 as the ledger sees them. */
@MamoriIntegrationTest
class ConsigneeStatusLinkTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    LedgerFixtures ledgerFixtures;
    @Autowired
    ConsigneeFixtures consigneeFixtures;
    @Autowired
    LedgerService ledger;
    @Autowired
    ConsigneeService consignees;
    @Autowired
    AssessmentService assessments;

    @Test
    void aRejectedOrSuspendedConsigneeIsLinkedOnlyWithAnOverrideRecordingWhoAndWhy() {
        UserAccount owner = fixtures.user("owner", null, Role.PRIVACY_MANAGER);
        Department department = fixtures.department("人事部", null, owner.getId());
        MamoriPrincipal privacyManager = fixtures.principalOf(owner);
        LocalDate today = ledger.today();
        AssessmentTemplate template = consigneeFixtures.selectionTemplate(70, 10);
        Consignee rejected = consigneeFixtures.consignee("不採用の委託先", ConsigneeStatus.CANDIDATE);
        SystemActor.run(() -> assessments.record(rejected.getId(), ConsigneeFixtures.values(template, today,
                AssessmentDecision.REJECT, null, AnswerLevel.NOT_MET)));
        Consignee suspended = consigneeFixtures.consignee("停止中の委託先", ConsigneeStatus.CANDIDATE);
        consigneeFixtures.approve(suspended, template, today.minusMonths(1));
        SystemActor.run(() -> assessments.record(suspended.getId(), ConsigneeFixtures.values(template, today,
                AssessmentDecision.REJECT, null, AnswerLevel.NOT_MET)));

        for (Consignee refused : new Consignee[] {rejected, suspended}) {
            Consignee current = SystemActor.call(() -> consignees.get(refused.getId()));
            LedgerEntry plain = ledgerFixtures.draft(department, owner, "健康診断結果");
            plain.addConsignee(current, null);
            assertThatThrownBy(() -> Actors.as(privacyManager, () -> ledger.save(plain)))
                    .isInstanceOf(RuleViolation.class)
                    .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("ledger.error.consigneeNeedsOverride");
        }

        LedgerEntry overridden = ledgerFixtures.draft(department, owner, "健康診断結果");
        overridden.setSpecialCare(true);
        overridden.addConsignee(SystemActor.call(() -> consignees.get(suspended.getId())), "健診機関の切替まで継続");
        LedgerEntry saved = Actors.as(privacyManager, () -> ledger.save(overridden));
        ConsigneeLink link = saved.getConsigneeLinks().getFirst();
        assertThat(link.getOverrideBy()).isEqualTo(privacyManager.username());
        assertThat(link.getOverrideReason()).isEqualTo("健診機関の切替まで継続");
        assertThat(link.getOverrideAt()).isNotNull();

        assertThat(SystemActor.call(() -> consignees.receivedEntries(suspended.getId())))
                .extracting(ConsignedInformation.ConsignedEntry::id, ConsignedInformation.ConsignedEntry::specialCare,
                        ConsignedInformation.ConsignedEntry::override)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(saved.getId(), true, true));
        ConsigneeFilter specialCare = new ConsigneeFilter(null, null, null, null, null, null, true);
        assertThat(SystemActor.call(() -> consignees.page(specialCare, PageRequest.of(0, 1000))))
                .extracting(Consignee::getId).contains(suspended.getId()).doesNotContain(rejected.getId());
    }
}
