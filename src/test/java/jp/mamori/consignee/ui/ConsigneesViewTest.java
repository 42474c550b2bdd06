package jp.mamori.consignee.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.Location;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import jp.mamori.consignee.AssessmentTemplate;
import jp.mamori.consignee.CertificationKind;
import jp.mamori.consignee.Consignee;
import jp.mamori.consignee.ConsigneeDocument;
import jp.mamori.consignee.ConsigneeDocumentService;
import jp.mamori.consignee.ConsigneeFilter;
import jp.mamori.consignee.ConsigneeFixtures;
import jp.mamori.consignee.ConsigneeService;
import jp.mamori.consignee.ConsigneeStatus;
import jp.mamori.consignee.CorporateNumber;
import jp.mamori.consignee.DocumentKind;
import jp.mamori.consignee.DocumentValues;
import jp.mamori.home.HomeView;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.security.SystemActor;
import jp.mamori.support.MamoriIntegrationTest;
import jp.mamori.support.UiTest;
import jp.mamori.support.ViewAccess;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@MamoriIntegrationTest
class ConsigneesViewTest extends UiTest {

    @Autowired
    ConsigneeService consignees;
    @Autowired
    ConsigneeFixtures consigneeFixtures;
    @Autowired
    ConsigneeDocumentService documents;
    @Autowired
    Clock clock;

    @Test
    void aPrivacyManagerRegistersAConsigneeOnlyWithAValidCorporateNumber() {
        login(fixtures.principalOf(fixtures.user("pm", null, Role.PRIVACY_MANAGER)));
        String name = jp.mamori.support.Fixtures.unique("情報処理サービス");
        navigate(ConsigneesView.class);
        test($(Button.class).withId("consignee-add").single()).click();
        assertThat(getCurrentView()).isInstanceOf(ConsigneeView.class);

        $(TextField.class).withId("consignee-name").single().setValue(name);
        TextField number = $(TextField.class).withId("consignee-corporate-number").single();
        String base = String.format("%012d", ThreadLocalRandom.current().nextLong(1_000_000_000_000L));
        int digit = CorporateNumber.checkDigit(base);
        number.setValue((digit % 9 + 1) + base);
        @SuppressWarnings("unchecked")
        Select<ConsigneeStatus> status = $(Select.class).withId("consignee-status").single();
        status.setValue(ConsigneeStatus.CANDIDATE);
        test($(Button.class).withId("consignee-save").single()).click();

        assertThat(number.isInvalid()).isTrue();
        assertThat(number.getErrorMessage()).isEqualTo(t("consignee.validation.corporateNumber"));
        assertThat(count(name)).isZero();

        number.setValue(digit + base);
        test($(Button.class).withId("consignee-save").single()).click();
        assertThat(count(name)).isEqualTo(1);
        assertThat($(H3.class).withId("consignee-title").single().getText()).isEqualTo(name);
    }

    @Test
    void theFormOffersApprovalOnlyAsTheCurrentStatusSoAnOrdinaryEditStillSaves() {
        Consignee candidate = consigneeFixtures.consignee("画面の選定中", ConsigneeStatus.CANDIDATE);
        Consignee approved = consigneeFixtures.consignee("画面の承認済み", ConsigneeStatus.APPROVED);
        login(fixtures.principalOf(fixtures.user("pm", null, Role.PRIVACY_MANAGER)));

        navigate("consignees/" + candidate.getId(), ConsigneeView.class);
        assertThat(statusChoices()).contains(ConsigneeStatus.CANDIDATE, ConsigneeStatus.SUSPENDED,
                ConsigneeStatus.TERMINATED).doesNotContain(ConsigneeStatus.APPROVED, ConsigneeStatus.CONDITIONAL);

        navigate("consignees/" + approved.getId(), ConsigneeView.class);
        assertThat(statusChoices()).contains(ConsigneeStatus.APPROVED, ConsigneeStatus.SUSPENDED)
                .doesNotContain(ConsigneeStatus.CONDITIONAL);
        $(TextField.class).withId("consignee-name").single().setValue(approved.getName() + "（新社名）");
        test($(Button.class).withId("consignee-save").single()).click();
        Consignee saved = SystemActor.call(() -> consignees.get(approved.getId()));
        assertThat(saved.getName()).isEqualTo(approved.getName() + "（新社名）");
        assertThat(saved.getStatus()).isEqualTo(ConsigneeStatus.APPROVED);
    }

    @Test
    void theOverdueFilterShowsAConsigneeWhoseYearlyEvaluationWasMissed() {
        LocalDate today = LocalDate.now(clock);
        AssessmentTemplate template = consigneeFixtures.selectionTemplate(70, 10);
        Consignee late = consigneeFixtures.consignee("画面の評価漏れ", ConsigneeStatus.CANDIDATE);
        consigneeFixtures.approve(late, template, today.minusMonths(14));
        Consignee fresh = consigneeFixtures.consignee("画面の評価済み", ConsigneeStatus.CANDIDATE);
        consigneeFixtures.approve(fresh, template, today);
        login(fixtures.principalOf(fixtures.user("aud", null, Role.AUDITOR)));
        navigate(ConsigneesView.class);

        assertThat($(Button.class).withId("consignee-add").exists()).isFalse();
        $(TextField.class).withId("consignee-search").single().setValue("画面の評価");
        test($(Checkbox.class).withId("consignee-overdue-filter").single()).click();
        @SuppressWarnings("unchecked")
        Grid<Consignee> grid = $(Grid.class).withId("consignee-grid").single();
        assertThat(test(grid).size()).isPositive();
        assertThat(names(grid)).contains(late.getName()).doesNotContain(fresh.getName());

        grid.select(grid.getGenericDataView().getItems().filter(c -> c.getId().equals(late.getId())).findFirst().orElseThrow());
        assertThat(getCurrentView()).isInstanceOf(ConsigneeView.class);
        assertThat($(TextField.class).withId("consignee-name").single().isReadOnly()).isTrue();
        assertThat($(Button.class).withId("consignee-save").exists()).isFalse();
    }

    @Test
    void theDashboardsLapsedCertificationFigureOpensTheRegisterWithThatFilterTicked() {
        LocalDate today = LocalDate.now(clock);
        Consignee lapsed = consigneeFixtures.consignee("画面の認証失効", ConsigneeStatus.APPROVED);
        consigneeFixtures.certify(lapsed, CertificationKind.PRIVACY_MARK, today.minusDays(1));
        Consignee valid = consigneeFixtures.consignee("画面の認証有効", ConsigneeStatus.APPROVED);
        consigneeFixtures.certify(valid, CertificationKind.ISMS, today.plusYears(2));
        login(fixtures.principalOf(fixtures.user("pm", null, Role.PRIVACY_MANAGER)));
        navigate(HomeView.class);
        Location link = new Location($(Anchor.class).withText(t("home.figure.certificationLapsed")).single().getHref());

        UI.getCurrent().navigate(link.getPath(), link.getQueryParameters());
        assertThat(getCurrentView()).isInstanceOf(ConsigneesView.class);
        Checkbox lapsedFilter = $(Checkbox.class).withId("consignee-lapsed-filter").single();
        assertThat(lapsedFilter.getValue()).isTrue();
        $(TextField.class).withId("consignee-search").single().setValue("画面の認証");
        @SuppressWarnings("unchecked")
        Grid<Consignee> grid = $(Grid.class).withId("consignee-grid").single();
        assertThat(names(grid)).containsExactly(lapsed.getName());

        test(lapsedFilter).click();
        assertThat(names(grid)).containsExactlyInAnyOrder(lapsed.getName(), valid.getName());
    }

    @Test
    void theDocumentsTabShowsTheStartOfTheFilesSha256() {
        LocalDate today = LocalDate.now(clock);
        Consignee consignee = consigneeFixtures.consignee("画面の契約書", ConsigneeStatus.APPROVED);
        ConsigneeDocument contract = SystemActor.call(() -> documents.attach(consignee.getId(),
                new DocumentValues(DocumentKind.CONTRACT, "業務委託契約書", today, today.plusYears(1), null),
                "契約書.pdf", "%PDF-1.7 画面".getBytes(StandardCharsets.UTF_8)));
        login(fixtures.principalOf(fixtures.user("aud", null, Role.AUDITOR)));
        navigate("consignees/" + consignee.getId(), ConsigneeView.class);
        $(TabSheet.class).withId("consignee-tabs").single().setSelectedIndex(2);

        @SuppressWarnings("unchecked")
        Grid<ConsigneeDocument> grid = $(Grid.class).withId("consignee-documents").single();
        assertThat(grid.getColumns().get(5).getHeaderText()).isEqualTo(t("consignee.document.sha256"));
        assertThat(test(grid).getCellText(0, 5)).isEqualTo(contract.getSha256().substring(0, 16) + "…");
    }

    @Test
    void theDocumentUploadSpeaksTheUsersLanguage() {
        Consignee consignee = consigneeFixtures.consignee("画面の文書登録", ConsigneeStatus.APPROVED);
        login(fixtures.principalOf(fixtures.user("pm", null, Role.PRIVACY_MANAGER)));
        navigate("consignees/" + consignee.getId(), ConsigneeView.class);
        $(TabSheet.class).withId("consignee-tabs").single().setSelectedIndex(2);

        UploadI18N upload = $(Upload.class).first().getI18n();
        assertThat(upload.getAddFiles().getOne()).isEqualTo(t("upload.addFile")).isEqualTo("ファイルを選択…");
        assertThat(upload.getError().getFileIsTooBig()).isEqualTo(t("upload.error.fileIsTooBig"));
    }

    @Test
    void employeesDoNotSeeTheRegister() {
        login(fixtures.principalOf(fixtures.user("emp", null, Role.EMPLOYEE)));
        ViewAccess.assertHidden(() -> navigate(ConsigneesView.class), this::getCurrentView, ConsigneesView.class);
    }

    @SuppressWarnings("unchecked")
    private java.util.List<ConsigneeStatus> statusChoices() {
        Select<ConsigneeStatus> status = $(Select.class).withId("consignee-status").single();
        return status.getListDataView().getItems().toList();
    }

    private java.util.List<String> names(Grid<Consignee> grid) {
        return grid.getGenericDataView().getItems().map(Consignee::getName).toList();
    }

    private long count(String name) {
        return SystemActor.call(() -> consignees.count(new ConsigneeFilter(name, null, null)));
    }

    private static String t(String key, Object... args) {
        return UI.getCurrent().getTranslation(key, args);
    }
}
