package jp.mamori.ledger.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarTester;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import jp.mamori.ledger.AcquisitionMethod;
import jp.mamori.ledger.DisposalMethod;
import jp.mamori.home.HomeView;
import jp.mamori.ledger.LedgerEntry;
import jp.mamori.ledger.LedgerFixtures;
import jp.mamori.ledger.LedgerRow;
import jp.mamori.ledger.LedgerService;
import jp.mamori.ledger.LedgerStatus;
import jp.mamori.ledger.LifecycleStage;
import jp.mamori.ledger.Medium;
import jp.mamori.ledger.NoticeConsent;
import jp.mamori.ledger.Purpose;
import jp.mamori.ledger.RiskAssessment;
import jp.mamori.ledger.RiskDecision;
import jp.mamori.ledger.RiskLevel;
import jp.mamori.ledger.Threat;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.security.SystemActor;
import jp.mamori.support.Fixtures;
import jp.mamori.support.MamoriIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import jp.mamori.support.ViewAccess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

@MamoriIntegrationTest
class LedgerViewTest extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    LedgerFixtures ledgerFixtures;
    @Autowired
    LedgerService ledger;
    @Autowired
    Messages messages;

    Department department;
    UserAccount owner;

    @BeforeEach
    void ledgerOfADepartment() {
        department = fixtures.department("人事総務部");
        owner = fixtures.user("owner", department);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theLedgerIsInTheNavigationOfAManagerOfADepartmentButNotOfOtherWorkers() {
        UserAccount manager = fixtures.user("manager", department);
        fixtures.department("人事総務部 採用課", department.getId(), manager.getId());
        signIn(manager);
        navigate(HomeView.class);
        assertThat(navigationLabels()).contains("個人情報管理台帳");

        signIn(fixtures.user("worker", department));
        navigate(HomeView.class);
        assertThat(navigationLabels()).doesNotContain("個人情報管理台帳");
    }

    private List<String> navigationLabels() {
        return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    void theGridFiltersFlagsAndLetsColumnsBeHidden() {
        LedgerEntry flagged = ledgerFixtures.draft(department, owner, "健康診断結果");
        flagged.setSpecialCare(true);
        flagged.addRisk(LedgerFixtures.risk(LifecycleStage.STORAGE, Threat.LEAK, RiskLevel.HIGH));
        SystemActor.run(() -> ledger.save(flagged));
        ledgerFixtures.entry(department, owner, "採用応募者");
        signIn(fixtures.user("pm", null, Role.PRIVACY_MANAGER));

        navigate(LedgerView.class);
        @SuppressWarnings("unchecked")
        ComboBox<Department> departmentFilter = $(ComboBox.class).withId("ledger-department-filter").single();
        departmentFilter.setValue(department);
        @SuppressWarnings("unchecked")
        Grid<LedgerRow> grid = $(Grid.class).withId("ledger-grid").single();

        assertThat(test(grid).size()).isEqualTo(2);
        int flaggedRow = test(grid).getRow(0).name().equals("健康診断結果") ? 0 : 1;
        assertThat(test(grid).getCellComponent(flaggedRow, "flag")).isInstanceOf(Badge.class);
        assertThat(((Badge) test(grid).getCellComponent(flaggedRow, "flag")).getText())
                .isEqualTo("残留リスク「高」未承認");
        assertThat(test(grid).getCellText(flaggedRow, test(grid).getColumnPosition("category"))).contains("要配慮");

        $(Checkbox.class).withId("ledger-flagged-filter").single().setValue(true);
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).name()).isEqualTo("健康診断結果");

        MenuBar chooser = $(MenuBar.class).withId("ledger-columns").single();
        MenuBarTester<MenuBar> columns = test(MenuBarTester.class, chooser);
        columns.clickItem("表示する列", "個人情報の項目");
        assertThat(grid.getColumnByKey("dataItems").isVisible()).isFalse();
        assertThat(columns.isItemChecked("表示する列", "個人情報の項目")).isFalse();
        navigate(LedgerView.class);
        @SuppressWarnings("unchecked")
        Grid<LedgerRow> again = $(Grid.class).withId("ledger-grid").single();
        assertThat(again.getColumnByKey("dataItems").isVisible()).isFalse();
    }

    @Test
    void aNewEntryIsRecordedFromTheForm() {
        Purpose purpose = ledgerFixtures.purpose("入退館の管理");
        signIn(fixtures.user("pm", null, Role.PRIVACY_MANAGER));
        LedgerEntryView view = navigate("ledger/new", LedgerEntryView.class);

        text("ledger-name").setValue("来訪者受付簿");
        combo("ledger-department").setValue(department);
        combo("ledger-owner").setValue(owner);
        $(TextArea.class).withId("ledger-data-items").single().setValue("氏名、会社名、訪問先");
        text("ledger-data-subjects").setValue("来訪者");
        select("ledger-medium").setValue(Medium.PAPER);
        select("ledger-acquisition").setValue(AcquisitionMethod.DIRECT_WRITTEN);
        select("ledger-notice").setValue(NoticeConsent.NOTIFIED);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Purpose> purposes = $(MultiSelectComboBox.class).withId("ledger-purposes").single();
        purposes.setValue(Set.of(purpose));
        text("ledger-retention").setValue("1年");
        select("ledger-disposal").setValue(DisposalMethod.SHREDDING);
        select("ledger-leak-impact").setValue(RiskLevel.LOW);
        select("ledger-status").setValue(LedgerStatus.ACTIVE);
        test($(Button.class).withId("ledger-save").single()).click();

        LedgerEntry saved = view.editing();
        assertThat(saved.isNew()).isFalse();
        assertThat(saved.getReference()).startsWith("L-");
        assertThat($(H3.class).withId("ledger-title").single().getText()).contains("来訪者受付簿");
        assertThat(SystemActor.call(() -> ledger.get(saved.getId())).getPurposes()).containsExactly(purpose);
    }

    @Test
    void theSecondOfTwoPeopleSavingOneEntryIsToldItChanged() {
        LedgerEntry entry = ledgerFixtures.entry(department, owner, "給与振込口座");
        signIn(fixtures.user("pm", null, Role.PRIVACY_MANAGER));
        navigate("ledger/" + entry.getId(), LedgerEntryView.class);

        LedgerEntry otherPersonsCopy = SystemActor.call(() -> ledger.get(entry.getId()));
        otherPersonsCopy.setStoragePlace("人事部の施錠キャビネット");
        SystemActor.run(() -> ledger.save(otherPersonsCopy));

        text("ledger-name").setValue("給与振込口座（変更）");
        test($(Button.class).withId("ledger-save").single()).click();

        Notification notification = $(Notification.class).last();
        assertThat(test(notification).getText()).isEqualTo(messages.get(Messages.JAPANESE, "error.conflict"));
        LedgerEntry stored = SystemActor.call(() -> ledger.get(entry.getId()));
        assertThat(stored.getName()).isEqualTo("給与振込口座");
        assertThat(stored.getStoragePlace()).isEqualTo("人事部の施錠キャビネット");
    }

    @Test
    void theFormShowsTheFlagAndReadersCannotSave() {
        LedgerEntry draft = ledgerFixtures.draft(department, owner, "ストレスチェック結果");
        draft.addRisk(LedgerFixtures.risk(LifecycleStage.USE, Threat.MISUSE, RiskLevel.HIGH));
        LedgerEntry entry = SystemActor.call(() -> ledger.save(draft));
        signIn(fixtures.user("aud", null, Role.AUDITOR));

        navigate("ledger/" + entry.getId(), LedgerEntryView.class);

        assertThat($(Div.class).withId("ledger-flag-notice").single().isVisible()).isTrue();
        assertThat($(Button.class).withId("ledger-save").single().isEnabled()).isFalse();
        assertThat(text("ledger-name").isReadOnly()).isTrue();
    }

    @Test
    void aRiskIsAnalysedInTheFormAndTopManagementAcceptsIt() {
        LedgerEntry entry = ledgerFixtures.entry(department, owner, "顧客アンケート");
        signIn(fixtures.user("pm", null, Role.PRIVACY_MANAGER));
        navigate("ledger/" + entry.getId(), LedgerEntryView.class);
        $(TabSheet.class).withId("ledger-tabs").single().setSelectedIndex(2);

        test($(Button.class).withId("ledger-risk-add").single()).click();
        select("risk-stage").setValue(LifecycleStage.TRANSFER);
        select("risk-threat").setValue(Threat.LEAK);
        select("risk-likelihood").setValue(RiskLevel.MEDIUM);
        select("risk-impact").setValue(RiskLevel.HIGH);
        $(TextArea.class).withId("risk-measures").single().setValue("メール送信時のパスワード保護");
        select("risk-residual").setValue(RiskLevel.HIGH);
        test($(Button.class).withId("risk-ok").single()).click();
        test($(Button.class).withId("ledger-save").single()).click();

        assertThat($(Div.class).withId("ledger-flag-notice").single().isVisible()).isTrue();
        assertThat(SystemActor.call(() -> ledger.get(entry.getId())).getRisks()).singleElement()
                .satisfies(risk -> assertThat(risk.getMeasures()).isEqualTo("メール送信時のパスワード保護"));

        signIn(fixtures.user("top", null, Role.TOP_MANAGEMENT));
        navigate("ledger/" + entry.getId(), LedgerEntryView.class);
        $(TabSheet.class).withId("ledger-tabs").single().setSelectedIndex(2);
        @SuppressWarnings("unchecked")
        Grid<RiskAssessment> risks = $(Grid.class).withId("ledger-risks").single();
        Component actions = test(risks).getCellComponent(0, risks.getColumns().size() - 1);
        test($(Button.class, actions).withClassName("ledger-risk-decide").single()).click();
        @SuppressWarnings("unchecked")
        RadioButtonGroup<RiskDecision> decision = $(RadioButtonGroup.class).withId("ledger-decision").single();
        decision.setValue(RiskDecision.ACCEPTED);
        $(TextArea.class).withId("ledger-decision-comment").single().setValue("送信手順の教育で受容する");
        test($(Button.class).withId("ledger-decision-save").single()).click();

        assertThat($(Div.class).withId("ledger-flag-notice").exists()).isFalse();
        assertThat(SystemActor.call(() -> ledger.get(entry.getId())).isUnacceptedHighRisk()).isFalse();
    }

    @Test
    void employeesWhoManageNoDepartmentDoNotSeeTheLedger() {
        signIn(fixtures.user("emp", department, Role.EMPLOYEE));
        ViewAccess.assertHidden(() -> navigate(LedgerView.class), this::getCurrentView, LedgerView.class);
    }

    private void signIn(UserAccount user) {
        MamoriPrincipal principal = fixtures.principalOf(user);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }

    private TextField text(String id) {
        return $(TextField.class).withId(id).single();
    }

    @SuppressWarnings("unchecked")
    private <T> ComboBox<T> combo(String id) {
        return $(ComboBox.class).withId(id).single();
    }

    @SuppressWarnings("unchecked")
    private <T> Select<T> select(String id) {
        return $(Select.class).withId(id).single();
    }
}
