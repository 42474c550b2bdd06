package jp.mamori.notice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Locale;
import jp.mamori.notice.NoticeSettingsService;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.security.Role;
import jp.mamori.support.Actors;
import jp.mamori.support.Fixtures;
import jp.mamori.support.UiTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class NoticeViewsTest extends UiTest {

    @Autowired
    NoticeSettingsService settings;

    @Test
    @SuppressWarnings("unchecked")
    void theManagerWordsTheNoticeAndPreviewsItInBothLanguages() {
        UserAccount manager = fixtures.user("pm", null, Role.PRIVACY_MANAGER);
        String window = Fixtures.unique("架空の相談窓口 ");
        login(fixtures.principalOf(manager));
        navigate(NoticeSettingsView.class);
        test($(TextArea.class).id("notice-text-complaint_window-ja")).setValue(window + "\n電話：000-0000-0000");
        test($(TextArea.class).id("notice-text-complaint_window-en")).setValue("Fictional desk");
        test($(Button.class).id("notice-settings-save")).click();
        assertThat(lastNotificationText()).isEqualTo("保存しました。");
        assertThat(Actors.as(fixtures.principalOf(manager), settings::configuration).wording("COMPLAINT_WINDOW").ja())
                .startsWith(window);

        navigate(PublicNoticeView.class);
        assertThat($(Html.class).first().getInnerHtml()).contains("個人情報の利用目的", window);
        assertThat($(Anchor.class).all()).extracting(anchor -> anchor.getElement().getText())
                .contains("PDF（日本語）", "HTML（英語）");
        RadioButtonGroup<Locale> language = $(RadioButtonGroup.class).id("notice-language");
        language.setValue(Locale.ENGLISH);
        assertThat($(Html.class).first().getInnerHtml()).contains("Purposes of use of personal information",
                "Fictional desk");
    }

    @Test
    void auditorsReadTheSettingsButCannotSaveThem() {
        UserAccount auditor = fixtures.user("auditor", null, Role.AUDITOR);
        login(fixtures.principalOf(auditor));
        navigate(NoticeSettingsView.class);
        assertThat($(Button.class).withId("notice-settings-save").all()).isEmpty();
        assertThat($(TextArea.class).id("notice-text-consignment-ja").isReadOnly()).isTrue();
    }
}
