package jp.mamori.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import jp.mamori.consignee.Consignee;
import jp.mamori.consignee.ConsigneeStatus;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.RecordLabel;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.history.HistoryService;
import jp.mamori.shared.history.Revision;
import jp.mamori.shared.persistence.StaleRecordException;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.security.SystemActor;
import jp.mamori.support.Actors;
import jp.mamori.support.Fixtures;
import jp.mamori.support.MamoriIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

@MamoriIntegrationTest
class LedgerServiceTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    LedgerFixtures ledgerFixtures;
    @Autowired
    LedgerService ledger;
    @Autowired
    HistoryService history;

    @Test
    void anEntryIsRecordedWithAReferenceAndItsHistory() {
        Department department = fixtures.department("営業部");
        UserAccount owner = fixtures.user("owner", department, Role.EMPLOYEE);
        LedgerEntry draft = ledgerFixtures.draft(department, owner, "顧客の個人情報");
        draft.setAccessDepartments(List.of(department));
        draft.setAccessRoles(Set.of(Role.PRIVACY_MANAGER, Role.EMPLOYEE));
        draft.setProvision(new ThirdPartyProvision(true, "提携保険会社", ProvisionBasis.CONSENT, true, "シンガポール"));
        draft.addRisk(LedgerFixtures.risk(LifecycleStage.STORAGE, Threat.LEAK, RiskLevel.HIGH));

        LedgerEntry saved = SystemActor.call(() -> ledger.save(draft));

        assertThat(saved.getReference()).matches("L-\\d{5}");
        assertThat(saved.isUnacceptedHighRisk()).isTrue();
        LedgerEntry loaded = SystemActor.call(() -> ledger.get(saved.getId()));
        assertThat(loaded.getRisks()).hasSize(1);
        assertThat(loaded.getAccessRoles()).containsExactlyInAnyOrder(Role.PRIVACY_MANAGER, Role.EMPLOYEE);
        assertThat(loaded.getProvision().getCountry()).isEqualTo("シンガポール");

        loaded.setName("顧客の個人情報（通販）");
        SystemActor.run(() -> ledger.save(loaded));
        List<Revision> revisions = history.history(LedgerEntry.class, saved.getId());
        assertThat(revisions).hasSize(2);
        assertThat(revisions.getFirst().changes()).extracting(Revision.FieldChange::field).contains("name");
        assertThat(revisions.getFirst().changedBy()).isEqualTo("system");
    }

    @Test
    void missingColumnsAndBrokenRulesAreRefused() {
        Department department = fixtures.department("総務部");
        UserAccount owner = fixtures.user("owner", department, Role.EMPLOYEE);
        LedgerEntry noName = ledgerFixtures.draft(department, owner, " ");
        assertThatThrownBy(() -> SystemActor.call(() -> ledger.save(noName)))
                .isInstanceOf(ConstraintViolationException.class)
                .hasMessageContaining("name");

        LedgerEntry providedToNobody = ledgerFixtures.draft(department, owner, "株主名簿");
        providedToNobody.getProvision().setProvided(true);
        assertThatThrownBy(() -> SystemActor.call(() -> ledger.save(providedToNobody)))
                .isInstanceOf(RuleViolation.class)
                .satisfies(e -> {
                    assertThat(((RuleViolation) e).field()).isEqualTo("provisionRecipient");
                    assertThat(((RuleViolation) e).messageKey()).isEqualTo("ledger.validation.provisionRecipient");
                });

        LedgerEntry activeWithoutReview = ledgerFixtures.draft(department, owner, "来訪者記録");
        activeWithoutReview.setNextReviewDate(null);
        assertThatThrownBy(() -> SystemActor.call(() -> ledger.save(activeWithoutReview)))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).field()).isEqualTo("nextReviewDate");
    }

    @Test
    void privacyManagersEditAllDepartmentManagersTheirOwnOthersReadOrSeeNothing() {
        UserAccount boss = fixtures.user("boss", null, Role.EMPLOYEE);
        Department own = fixtures.department("人事部", null, boss.getId());
        Department other = fixtures.department("経理部");
        UserAccount owner = fixtures.user("owner", own, Role.EMPLOYEE);
        LedgerEntry ownEntry = ledgerFixtures.entry(own, owner, "従業者の個人情報");
        LedgerEntry otherEntry = ledgerFixtures.entry(other, owner, "取引先担当者の情報");
        MamoriPrincipal manager = fixtures.principalOf(boss);
        MamoriPrincipal employee = fixtures.principalOf(fixtures.user("emp", own, Role.EMPLOYEE));
        MamoriPrincipal auditor = fixtures.principalOf(fixtures.user("aud", null, Role.AUDITOR));
        MamoriPrincipal top = fixtures.principalOf(fixtures.user("top", null, Role.TOP_MANAGEMENT));
        MamoriPrincipal privacyManager = fixtures.principalOf(fixtures.user("pm", null, Role.PRIVACY_MANAGER));

        assertThat(Actors.as(manager, () -> ledger.page(LedgerFilter.none(), PageRequest.of(0, 100))))
                .extracting(LedgerRow::id).contains(ownEntry.getId()).doesNotContain(otherEntry.getId());
        LedgerEntry mine = Actors.as(manager, () -> ledger.get(ownEntry.getId()));
        mine.setDataSubjects("正社員・契約社員");
        assertThat(Actors.as(manager, () -> ledger.save(mine)).getDataSubjects()).isEqualTo("正社員・契約社員");
        assertThatThrownBy(() -> Actors.as(manager, () -> ledger.get(otherEntry.getId())))
                .isInstanceOf(AccessDeniedException.class);
        LedgerEntry moved = Actors.as(manager, () -> ledger.get(ownEntry.getId()));
        moved.setDepartment(other);
        assertThatThrownBy(() -> Actors.as(manager, () -> ledger.save(moved))).isInstanceOf(AccessDeniedException.class);

        assertThat(Actors.as(manager, () -> ledger.labels(List.of(ownEntry.getId(), otherEntry.getId()))))
                .as("a label is given only for an entry one may read").extracting(RecordLabel::id)
                .containsExactly(ownEntry.getId());
        assertThat(Actors.as(employee, () -> ledger.labels(List.of(ownEntry.getId())))).isEmpty();
        assertThatThrownBy(() -> Actors.as(employee, () -> ledger.page(LedgerFilter.none(), PageRequest.of(0, 10))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Actors.as(employee, () -> ledger.get(ownEntry.getId())))
                .isInstanceOf(AccessDeniedException.class);

        for (MamoriPrincipal reader : List.of(auditor, top)) {
            LedgerEntry read = Actors.as(reader, () -> ledger.get(otherEntry.getId()));
            read.setName("書き換え");
            assertThatThrownBy(() -> Actors.as(reader, () -> ledger.save(read))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> Actors.as(reader, () -> ledger.retire(otherEntry.getId(), null)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        LedgerEntry any = Actors.as(privacyManager, () -> ledger.get(otherEntry.getId()));
        any.setFormat("紙の名刺ファイル");
        assertThat(Actors.as(privacyManager, () -> ledger.save(any)).getFormat()).isEqualTo("紙の名刺ファイル");
    }

    @Test
    void aStaleCopyCannotOverwriteAnotherPersonsChange() {
        Department department = fixtures.department("品質管理部");
        LedgerEntry entry = ledgerFixtures.entry(department, fixtures.user("owner", department), "品質クレーム対応記録");
        LedgerEntry first = SystemActor.call(() -> ledger.get(entry.getId()));
        LedgerEntry second = SystemActor.call(() -> ledger.get(entry.getId()));

        first.addRisk(LedgerFixtures.risk(LifecycleStage.TRANSFER, Threat.LEAK, RiskLevel.LOW));
        SystemActor.run(() -> ledger.save(first));
        second.setName("品質クレーム対応記録（改）");

        assertThatThrownBy(() -> SystemActor.run(() -> ledger.save(second))).isInstanceOf(StaleRecordException.class);
        LedgerEntry stored = SystemActor.call(() -> ledger.get(entry.getId()));
        assertThat(stored.getName()).isEqualTo("品質クレーム対応記録");
        assertThat(stored.getRisks()).hasSize(1);
    }

    @Test
    void entriesAreRetiredNotDeletedAndRetiredOnesAreNotReviewed() {
        Department department = fixtures.department("広報部");
        LedgerEntry entry = ledgerFixtures.entry(department, fixtures.user("owner", department), "プレゼント応募者");

        LedgerEntry retired = SystemActor.call(() -> ledger.retire(entry.getId(), entry.getVersion()));

        assertThat(retired.getStatus()).isEqualTo(LedgerStatus.RETIRED);
        assertThat(SystemActor.call(() -> ledger.get(entry.getId())).getStatus()).isEqualTo(LedgerStatus.RETIRED);
        assertThatThrownBy(() -> SystemActor.call(() -> ledger.review(entry.getId(), null, "確認")))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("ledger.error.reviewRetired");
    }

    @Test
    void duplicateStartsANewDraftWithTheSameColumnsAndUndecidedRisks() {
        Department department = fixtures.department("営業企画部");
        UserAccount owner = fixtures.user("owner", department);
        LedgerEntry draft = ledgerFixtures.draft(department, owner, "セミナー申込者");
        draft.addRisk(LedgerFixtures.risk(LifecycleStage.ACQUISITION, Threat.LEAK, RiskLevel.HIGH));
        LedgerEntry source = SystemActor.call(() -> ledger.save(draft));
        MamoriPrincipal top = fixtures.principalOf(fixtures.user("top", null, Role.TOP_MANAGEMENT));
        RiskAssessment risk = source.getRisks().getFirst();
        Actors.as(top, () -> ledger.decide(source.getId(), risk.getId(), risk.getVersion(), RiskDecision.ACCEPTED, null));

        LedgerEntry copy = SystemActor.call(() -> ledger.duplicate(source.getId()));

        assertThat(copy.isNew()).isTrue();
        assertThat(copy.getReference()).isNull();
        assertThat(copy.getPurposes()).isEqualTo(source.getPurposes());
        assertThat(copy.getRisks()).singleElement().satisfies(r -> {
            assertThat(r.getId()).isNull();
            assertThat(r.getDecision()).isEqualTo(RiskDecision.PENDING);
        });
        copy.setName("セミナー申込者（オンライン）");
        LedgerEntry saved = SystemActor.call(() -> ledger.save(copy));
        assertThat(saved.getId()).isNotEqualTo(source.getId());
        assertThat(saved.getReference()).isNotEqualTo(source.getReference());
        assertThat(saved.isUnacceptedHighRisk()).isTrue();
        assertThat(SystemActor.call(() -> ledger.get(source.getId())).isUnacceptedHighRisk()).isFalse();
    }

    @Test
    void aReviewRecordsWhoAndWhenAndMovesTheNextReviewAYearOn() {
        Department department = fixtures.department("法務部");
        UserAccount boss = fixtures.user("boss", null, Role.EMPLOYEE);
        Department managed = fixtures.department("契約管理課", department.getId(), boss.getId());
        LedgerEntry entry = ledgerFixtures.entry(managed, boss, "契約書の署名者情報");
        LocalDate today = ledger.today();

        LedgerEntry reviewed = Actors.as(fixtures.principalOf(boss), () -> ledger.review(entry.getId(), entry.getVersion(),
                "項目と保管場所に変更なし"));

        assertThat(reviewed.getLastReviewedOn()).isEqualTo(today);
        assertThat(reviewed.getNextReviewDate()).isEqualTo(today.plusYears(1));
        List<LedgerReview> reviews = SystemActor.call(() -> ledger.reviews(entry.getId()));
        assertThat(reviews).singleElement().satisfies(review -> {
            assertThat(review.getReviewerId()).isEqualTo(boss.getId());
            assertThat(review.getReviewerName()).isEqualTo(boss.getDisplayName());
            assertThat(review.getNotes()).isEqualTo("項目と保管場所に変更なし");
        });
        assertThatThrownBy(() -> SystemActor.call(() -> ledger.review(entry.getId(), entry.getVersion(), null)))
                .isInstanceOf(StaleRecordException.class);
    }

    @Test
    void aHighResidualRiskIsFlaggedUntilTopManagementAcceptsIt() {
        Department department = fixtures.department("情報システム部");
        LedgerEntry draft = ledgerFixtures.draft(department, fixtures.user("owner", department), "システム利用者ログ");
        draft.addRisk(LedgerFixtures.risk(LifecycleStage.STORAGE, Threat.LEAK, RiskLevel.HIGH));
        draft.addRisk(LedgerFixtures.risk(LifecycleStage.DISPOSAL, Threat.LEAK, RiskLevel.LOW));
        LedgerEntry entry = SystemActor.call(() -> ledger.save(draft));
        RiskAssessment high = entry.getRisks().stream().filter(r -> r.getResidualRisk() == RiskLevel.HIGH).findFirst().orElseThrow();
        MamoriPrincipal top = fixtures.principalOf(fixtures.user("top", null, Role.TOP_MANAGEMENT));
        MamoriPrincipal privacyManager = fixtures.principalOf(fixtures.user("pm", null, Role.PRIVACY_MANAGER));
        LedgerFilter flagged = new LedgerFilter(null, department.getId(), Set.of(), null, null, null, true, false);
        assertThat(SystemActor.call(() -> ledger.count(flagged))).isEqualTo(1);

        assertThatThrownBy(() -> Actors.as(privacyManager, () -> ledger.decide(entry.getId(), high.getId(),
                high.getVersion(), RiskDecision.ACCEPTED, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Actors.as(top, () -> ledger.decide(entry.getId(), high.getId(), high.getVersion(),
                RiskDecision.REJECTED, " "))).isInstanceOf(RuleViolation.class);
        LedgerEntry accepted = Actors.as(top, () -> ledger.decide(entry.getId(), high.getId(), high.getVersion(),
                RiskDecision.ACCEPTED, "暗号化済みのため受容する"));
        assertThat(accepted.isUnacceptedHighRisk()).isFalse();
        RiskAssessment decided = accepted.getRisks().stream().filter(r -> r.getId().equals(high.getId())).findFirst().orElseThrow();
        assertThat(decided.getDecidedByName()).isEqualTo(top.displayName());
        assertThat(decided.getDecidedOn()).isEqualTo(ledger.today());
        assertThat(SystemActor.call(() -> ledger.count(flagged))).isZero();

        LedgerEntry unchanged = SystemActor.call(() -> ledger.get(entry.getId()));
        unchanged.setFormat("ログサーバー");
        assertThat(SystemActor.call(() -> ledger.save(unchanged)).isUnacceptedHighRisk()).isFalse();

        LedgerEntry reassessed = SystemActor.call(() -> ledger.get(entry.getId()));
        reassessed.getRisks().stream().filter(r -> r.getId().equals(high.getId())).findFirst().orElseThrow()
                .setMeasures("暗号化を廃止");
        LedgerEntry afterChange = SystemActor.call(() -> ledger.save(reassessed));
        assertThat(afterChange.isUnacceptedHighRisk()).isTrue();
        assertThat(afterChange.getRisks()).filteredOn(r -> r.getId().equals(high.getId())).singleElement()
                .extracting(RiskAssessment::getDecision).isEqualTo(RiskDecision.PENDING);
    }

    @Test
    void aConsigneeThatMayNotReceiveWorkIsLinkedOnlyWithAPrivacyManagersRecordedReason() {
        UserAccount boss = fixtures.user("boss", null, Role.EMPLOYEE);
        Department department = fixtures.department("物流部", null, boss.getId());
        Consignee approved = ledgerFixtures.consignee("配送センター", ConsigneeStatus.APPROVED);
        Consignee suspended = ledgerFixtures.consignee("旧印刷会社", ConsigneeStatus.SUSPENDED);
        MamoriPrincipal manager = fixtures.principalOf(boss);
        MamoriPrincipal privacyManager = fixtures.principalOf(fixtures.user("pm", null, Role.PRIVACY_MANAGER));

        LedgerEntry draft = ledgerFixtures.draft(department, boss, "配送先情報");
        draft.addConsignee(approved, "不要な理由");
        draft.addConsignee(suspended, null);
        assertThatThrownBy(() -> Actors.as(manager, () -> ledger.save(draft)))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("ledger.error.consigneeNeedsOverride");

        LedgerEntry withReason = ledgerFixtures.draft(department, boss, "配送先情報");
        withReason.addConsignee(approved, null);
        withReason.addConsignee(suspended, "契約終了までの引継ぎ期間のため");
        assertThatThrownBy(() -> Actors.as(manager, () -> ledger.save(withReason)))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("ledger.error.overrideNotAllowed");

        LedgerEntry saved = Actors.as(privacyManager, () -> ledger.save(withReason));
        assertThat(saved.getConsigneeLinks()).hasSize(2);
        ConsigneeLink plain = saved.getConsigneeLinks().getFirst();
        assertThat(plain.getConsignee().getId()).isEqualTo(approved.getId());
        assertThat(plain.isOverride()).isFalse();
        assertThat(plain.getOverrideReason()).isNull();
        ConsigneeLink override = saved.getConsigneeLinks().getLast();
        assertThat(override.getOverrideBy()).isEqualTo(privacyManager.username());
        assertThat(override.getOverrideReason()).isEqualTo("契約終了までの引継ぎ期間のため");
        assertThat(override.getOverrideAt()).isNotNull();

        LedgerEntry edited = Actors.as(manager, () -> ledger.get(saved.getId()));
        edited.setStoragePlace("倉庫管理システム");
        LedgerEntry kept = Actors.as(manager, () -> ledger.save(edited));
        assertThat(kept.getConsigneeLinks().getLast().getOverrideBy()).isEqualTo(privacyManager.username());
    }

    @Test
    void theListFiltersSortsAndPagesInTheDatabase() {
        Department department = fixtures.department("マーケティング部");
        UserAccount owner = fixtures.user("owner", department);
        Purpose newsletter = ledgerFixtures.purpose("メールマガジンの配信");
        LedgerEntry alpha = ledgerFixtures.draft(department, owner, "あ会員情報", newsletter);
        alpha.setSpecialCare(true);
        alpha.setNextReviewDate(ledger.today().minusDays(3));
        LedgerEntry beta = ledgerFixtures.draft(department, owner, "い問い合わせ履歴");
        beta.setDataItems("氏名、問い合わせ内容、健康状態");
        beta.setMyNumber(true);
        LedgerEntry gamma = ledgerFixtures.draft(department, owner, "う旧キャンペーン応募者");
        gamma.setStatus(LedgerStatus.DRAFT);
        gamma.addRisk(LedgerFixtures.risk(LifecycleStage.USE, Threat.MISUSE, RiskLevel.HIGH));
        List<Long> ids = SystemActor.call(() -> List.of(ledger.save(alpha), ledger.save(beta), ledger.save(gamma)))
                .stream().map(LedgerEntry::getId).toList();
        LedgerFilter all = new LedgerFilter(null, department.getId(), Set.of(), null, null, null, null, false);

        assertThat(page(all, Sort.by(Sort.Order.desc("name")))).extracting(LedgerRow::id)
                .containsExactly(ids.get(2), ids.get(1), ids.get(0));
        assertThat(SystemActor.call(() -> ledger.page(all, PageRequest.of(1, 2, Sort.by("name")))))
                .extracting(LedgerRow::id).containsExactly(ids.get(2));
        assertThat(SystemActor.call(() -> ledger.count(all))).isEqualTo(3);
        assertThat(page(all.withText(newsletter.getTextJa().substring(0, 12)), Sort.unsorted()))
                .singleElement().satisfies(row -> {
                    assertThat(row.id()).isEqualTo(ids.get(0));
                    assertThat(row.purposes()).containsExactly(newsletter.getTextJa());
                    assertThat(row.departmentName()).isEqualTo("マーケティング部");
                    assertThat(row.ownerName()).isEqualTo(owner.getDisplayName());
                });
        assertThat(page(all.withText("健康状態"), Sort.unsorted())).extracting(LedgerRow::id).containsExactly(ids.get(1));
        assertThat(page(all.withText("旧キャンペーン"), Sort.unsorted())).extracting(LedgerRow::id).containsExactly(ids.get(2));
        assertThat(page(new LedgerFilter(null, department.getId(), Set.of(LedgerStatus.DRAFT), null, null, null, null,
                false), Sort.unsorted())).extracting(LedgerRow::id).containsExactly(ids.get(2));
        assertThat(page(new LedgerFilter(null, department.getId(), Set.of(), true, null, null, null, false),
                Sort.unsorted())).extracting(LedgerRow::id).containsExactly(ids.get(0));
        assertThat(page(new LedgerFilter(null, department.getId(), Set.of(), null, true, null, null, false),
                Sort.unsorted())).extracting(LedgerRow::id).containsExactly(ids.get(1));
        assertThat(page(new LedgerFilter(null, department.getId(), Set.of(), null, null, null, true, false),
                Sort.unsorted())).extracting(LedgerRow::id).containsExactly(ids.get(2));
        assertThat(page(new LedgerFilter(null, department.getId(), Set.of(), null, null, null, null, true),
                Sort.unsorted())).extracting(LedgerRow::id).containsExactly(ids.get(0));
        assertThatThrownBy(() -> page(all, Sort.by("dataItems"))).isInstanceOf(RuleViolation.class);
    }

    private List<LedgerRow> page(LedgerFilter filter, Sort sort) {
        return SystemActor.call(() -> ledger.page(filter, PageRequest.of(0, 50, sort)));
    }
}
