package jp.mamori.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import jp.mamori.organisation.UserAccount;
import jp.mamori.organisation.UserService;
import jp.mamori.organisation.ui.DepartmentsView;
import jp.mamori.organisation.ui.UsersView;
import jp.mamori.security.ui.LoginView;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.security.SystemActor;
import jp.mamori.support.Fixtures;
import jp.mamori.support.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

class UserAdministrationUiTest extends UiTest {

    @Autowired
    UserService users;

    @Test
    void anAdministratorCreatesAWorkerThroughTheForm() {
        login(fixtures.principalOf(fixtures.user("admin", null, Role.ADMIN)));
        navigate(UsersView.class);

        test($(Button.class).withId("user-add").single()).click();
        String username = Fixtures.unique("new.worker.");
        test($(TextField.class).withId("user-username").single()).setValue(username);
        test($(TextField.class).withId("user-display-name").single()).setValue("新入 花子");
        test($(EmailField.class).withId("user-email").single()).setValue(username + "@example.jp");
        @SuppressWarnings("unchecked")
        CheckboxGroup<Role> roles = $(CheckboxGroup.class).first();
        roles.setValue(java.util.Set.of(Role.EMPLOYEE));
        test($(Button.class).withId("user-save").single()).click();

        assertThat(lastNotificationText()).isEqualTo("保存しました。");
        var found = SystemActor.call(() -> users.page(new jp.mamori.organisation.UserFilter(username, null, null, null),
                PageRequest.of(0, 10)).getContent());
        assertThat(found).extracting(UserAccount::getDisplayName).containsExactly("新入 花子");

        test($(TextField.class).withId("user-search").single()).setValue(username);
        @SuppressWarnings("unchecked")
        Grid<UserAccount> grid = $(Grid.class).withId("user-grid").single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("新入 花子");
    }

    @Test
    void aMissingRequiredFieldIsShownAndNothingIsSaved() {
        login(fixtures.principalOf(fixtures.user("admin", null, Role.ADMIN)));
        navigate(UsersView.class);
        test($(Button.class).withId("user-add").single()).click();
        TextField username = $(TextField.class).withId("user-username").single();
        test(username).setValue("no.name.given");
        test($(Button.class).withId("user-save").single()).click();

        TextField displayName = $(TextField.class).withId("user-display-name").single();
        assertThat(displayName.isInvalid()).isTrue();
        assertThat(displayName.getErrorMessage()).isEqualTo("入力してください。");
    }

    @Test
    void anEmployeeIsRefusedTheAdministrationViews() {
        login(fixtures.principalOf(fixtures.user("worker", null, Role.EMPLOYEE)));
        navigate(jp.mamori.home.HomeView.class);
        assertThat(getCurrentView()).isInstanceOf(jp.mamori.home.HomeView.class);

        try {
            navigate(UsersView.class);
        } catch (IllegalArgumentException | IllegalStateException refused) {
            // The browserless router reports the refused navigation; either way the view must not open.
        }
        assertThat(getCurrentView()).isNotInstanceOf(UsersView.class);
        try {
            navigate(DepartmentsView.class);
        } catch (IllegalArgumentException | IllegalStateException refused) {
            // as above
        }
        assertThat(getCurrentView()).isNotInstanceOf(DepartmentsView.class);
    }

    @Test
    void anonymousVisitorsSeeTheJapaneseLoginPage() {
        navigate(LoginView.class);
        assertThat($(com.vaadin.flow.component.login.LoginForm.class).exists()).isTrue();
        assertThat($(com.vaadin.flow.component.html.Paragraph.class).withText(
                "パスワードを忘れた場合は、システム管理者に再設定を依頼してください。").exists()).isTrue();
    }
}
