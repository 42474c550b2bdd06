package jp.mamori.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import java.time.LocalDate;
import jp.mamori.report.ui.ExaminerPackView;
import jp.mamori.shared.security.Role;
import jp.mamori.support.UiTest;
import jp.mamori.support.ViewAccess;
import org.junit.jupiter.api.Test;

class ExaminerPackViewTest extends UiTest {

    @Test
    void aPrivacyManagerBuildsThePackWhileThePageStaysUsable() throws InterruptedException {
        login(fixtures.principalOf(fixtures.user("pm", null, Role.PRIVACY_MANAGER)));
        navigate(ExaminerPackView.class);
        DatePicker from = $(DatePicker.class).withId("pack-from").single();
        DatePicker to = $(DatePicker.class).withId("pack-to").single();
        assertThat(from.getValue().getMonthValue()).isEqualTo(4);
        assertThat(to.getValue()).isEqualTo(from.getValue().plusYears(1).minusDays(1));

        from.setValue(LocalDate.now().minusMonths(1));
        to.setValue(LocalDate.now());
        test($(Button.class).withId("pack-build").single()).click();
        assertThat($(ProgressBar.class).withId("pack-progress").single().isVisible()).isTrue();
        assertThat(UI.getCurrent().getPollInterval()).isPositive();

        PackBuild build = VaadinSession.getCurrent().getAttribute(PackBuild.class);
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (build.state() == PackBuild.State.RUNNING && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        ComponentUtil.fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));

        assertThat($(Span.class).withId("pack-status").single().getText()).isEqualTo("作成しました。");
        assertThat($(Anchor.class).withId("pack-download").single().getText()).contains(build.fileName());
        assertThat(UI.getCurrent().getPollInterval()).isNegative();
        build.discard();
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        login(fixtures.principalOf(fixtures.user("pm", null, Role.PRIVACY_MANAGER)));
        navigate(ExaminerPackView.class);
        $(DatePicker.class).withId("pack-from").single().setValue(LocalDate.of(2026, 4, 1));
        $(DatePicker.class).withId("pack-to").single().setValue(LocalDate.of(2026, 3, 31));
        test($(Button.class).withId("pack-build").single()).click();

        assertThat(lastNotificationText()).isEqualTo("終了日は開始日以降にしてください。");
        assertThat(VaadinSession.getCurrent().getAttribute(PackBuild.class)).isNull();
    }

    @Test
    void employeesCannotOpenIt() {
        login(fixtures.principalOf(fixtures.user("worker", null, Role.EMPLOYEE)));
        ViewAccess.assertHidden(() -> navigate(ExaminerPackView.class), this::getCurrentView, ExaminerPackView.class);
    }
}
