package jp.mamori.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;
import jp.mamori.home.HomeView;
import jp.mamori.organisation.UserAccount;
import jp.mamori.organisation.UserService;
import jp.mamori.shared.security.Role;
import jp.mamori.support.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LanguageSwitchUiTest extends UiTest {

    @Autowired
    UserService users;

    @Test
    void theChosenLanguageIsRememberedForThePerson() {
        UserAccount user = fixtures.user("bilingual", null, Role.EMPLOYEE);
        login(fixtures.principalOf(user));
        navigate(HomeView.class);
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("ja");

        @SuppressWarnings("unchecked")
        Select<Locale> language = $(Select.class).withClassName("language-switch").first();
        test(language).selectItem("English");

        assertThat(users.find(user.getId())).contains(Locale.ENGLISH);
        assertThat(UI.getCurrent().getSession().getLocale()).isEqualTo(Locale.ENGLISH);
        navigate(HomeView.class);
        assertThat($(com.vaadin.flow.component.html.H2.class).first().getText()).startsWith("Hello");
    }
}
