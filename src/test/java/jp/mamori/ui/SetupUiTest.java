package jp.mamori.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import jp.mamori.organisation.OrganisationService;
import jp.mamori.organisation.UserFilter;
import jp.mamori.organisation.UserService;
import jp.mamori.security.ui.LoginView;
import jp.mamori.setup.SetupView;
import jp.mamori.shared.security.SystemActor;
import jp.mamori.support.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** On its own fresh database: nobody exists until the setup page has been completed. */
@TestPropertySource(properties = "mamori.test.database=setup")
class SetupUiTest extends UiTest {

    @Autowired
    OrganisationService organisation;
    @Autowired
    UserService users;

    @Test
    void everyPageLeadsToSetupUntilItIsDoneThenSetupIsGone() {
        navigate("login", SetupView.class);

        test($(TextField.class).withId("setup-organisation").single()).setValue("株式会社ひかり研修（架空）");
        test($(TextField.class).withId("setup-username").single()).setValue("first.admin");
        test($(TextField.class).withId("setup-display-name").single()).setValue("初代 管理者");
        test($(EmailField.class).withId("setup-email").single()).setValue("first.admin@example.jp");
        test($(PasswordField.class).withId("setup-password").single()).setValue("short");
        test($(PasswordField.class).withId("setup-password-repeat").single()).setValue("short");
        test($(Button.class).withId("setup-submit").single()).click();
        assertThat(lastNotificationText()).isEqualTo("パスワードは12文字以上にしてください。");
        assertThat(organisation.isSetUp()).isFalse();

        test($(PasswordField.class).withId("setup-password").single()).setValue("a-long-enough-secret");
        test($(PasswordField.class).withId("setup-password-repeat").single()).setValue("a-long-enough-secret");
        test($(Checkbox.class).withId("setup-demo").single()).click();
        test($(Button.class).withId("setup-submit").single()).click();

        assertThat(organisation.isSetUp()).isTrue();
        assertThat(organisation.organisationName()).isEqualTo("株式会社ひかり研修（架空）");
        long demoWorkers = SystemActor.call(() -> users.count(UserFilter.none()));
        assertThat(demoWorkers).isEqualTo(41);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);

        navigate("setup", LoginView.class);
    }
}
