package jp.mamori.safeguard;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.stream.IntStream;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.UserAccount;
import jp.mamori.safeguard.ui.MyChecksView;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.support.Actors;
import jp.mamori.support.Fixtures;
import jp.mamori.support.MamoriIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

@MamoriIntegrationTest
class MyChecksViewTest extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    CatalogueImporter importer;
    @Autowired
    SafeguardCatalogueService catalogue;
    @Autowired
    OperationalCheckService checks;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCheckerAnswersAnItemOfThisPeriodAndItLeavesTheList() {
        Department department = fixtures.department("経理部");
        UserAccount checker = fixtures.user("checker", department);
        TestFramework framework = TestFramework.create(importer, catalogue, department, null, 1, 0);
        OperationalCheck check = Actors.as(TestFramework.MANAGER, () -> checks.create(department.getId(), checker.getId(), null));
        MamoriPrincipal me = fixtures.principalOf(checker);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(me, null, me.getAuthorities()));
        String code = framework.mandatory.getFirst().getCode();

        navigate(MyChecksView.class);
        Grid<CheckAnswer> pending = $(Grid.class).id("my-checks-grid");
        int row = IntStream.range(0, test(pending).size())
                .filter(i -> test(pending).getRow(i).getItem().getCode().equals(code))
                .findFirst().orElseThrow();
        test(pending).select(row);
        test((RadioButtonGroup<CheckResult>) $(RadioButtonGroup.class).id("answer-result")).selectItem("適合");
        test($(TextArea.class).id("answer-comment")).setValue("入室カードの記録を確認");
        test($(Button.class).id("answer-save")).click();

        CheckAnswer stored = Actors.as(me, () -> checks.answers(check.getId())).stream()
                .filter(a -> a.getItem().getCode().equals(code)).findFirst().orElseThrow();
        assertThat(stored.getResult()).isEqualTo(CheckResult.MET);
        assertThat(stored.getComment()).isEqualTo("入室カードの記録を確認");
        assertThat(stored.getAnsweredBy()).isEqualTo(checker);
        assertThat(IntStream.range(0, test(pending).size()).mapToObj(i -> test(pending).getRow(i).getItem().getCode()))
                .doesNotContain(code);
    }
}
