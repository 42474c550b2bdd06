package jp.mamori.reminder.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import jp.mamori.organisation.UserAccount;
import jp.mamori.reminder.FictionalObligations;
import jp.mamori.reminder.MutableClock;
import jp.mamori.reminder.Obligation;
import jp.mamori.reminder.ReminderAdminService;
import jp.mamori.reminder.ReminderIntegrationTest;
import jp.mamori.reminder.ReminderSchedule;
import jp.mamori.reminder.ReminderSweeper;
import jp.mamori.reminder.Severity;
import jp.mamori.reminder.SweepTrigger;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.security.SystemActor;
import jp.mamori.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

@ReminderIntegrationTest
class NotificationCentreTest extends SpringBrowserlessTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    FictionalObligations source;
    @Autowired
    MutableClock clock;
    @Autowired
    ReminderSweeper sweeper;
    @Autowired
    ReminderAdminService admin;

    @AfterEach
    void reset() {
        SecurityContextHolder.clearContext();
        source.clear();
        clock.reset();
    }

    @Test
    void theBellCountsUnreadNotificationsAndTheCentreMarksThemRead() {
        UserAccount worker = fixtures.user("bell", null);
        String kind = Fixtures.unique("t.ui.");
        LocalDate today = LocalDate.now(clock);
        source.set(List.of(
                new Obligation(kind, "U-1", "個人情報管理台帳の年次見直し", worker.getId(), null, today.plusDays(7), null,
                        Severity.HIGH),
                new Obligation(kind, "U-2", "教育の受講", worker.getId(), null, today.minusDays(2), null, Severity.NORMAL)));
        SystemActor.run(() -> sweeper.sweep(SweepTrigger.MANUAL));
        login(fixtures.principalOf(worker));

        navigate(NotificationsView.class);
        assertThat($(Span.class).id("notification-unread").getText()).isEqualTo("2");
        @SuppressWarnings("unchecked")
        Grid<jp.mamori.reminder.Notification> grid = $(Grid.class).id("notification-grid");
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getCellText(0, 2)).contains("教育の受講", "2 日過ぎています");

        test(grid).select(0);
        test($(Button.class).id("notification-mark-read")).click();
        assertThat($(Span.class).id("notification-unread").getText()).isEqualTo("1");
        assertThat(test(grid).size()).as("the unread filter hides what was read").isEqualTo(1);

        test($(Button.class).id("notification-mark-all-read")).click();
        assertThat($(Span.class).withId("notification-unread").all()).as("no badge when all is read").isEmpty();
        assertThat($(Button.class).id("notification-bell").getElement().getAttribute("aria-label")).isEqualTo("未読の通知 0 件");
        assertThat(test(grid).size()).isZero();
    }

    @Test
    void administratorsChangeTheScheduleOnlyToAValidCronExpression() {
        UserAccount administrator = fixtures.user("adm", null, Role.ADMIN);
        login(fixtures.principalOf(administrator));

        navigate(ReminderAdminView.class);
        TextField cron = $(TextField.class).id("reminder-cron");
        test(cron).setValue("daily at eight");
        test($(Button.class).id("reminder-cron-save")).click();
        assertThat(test($(Notification.class).all().getLast()).getText()).contains("cron");
        assertThat(SystemActor.call(admin::schedule).getSweepCron()).isEqualTo(ReminderSchedule.DEFAULT_CRON);

        test(cron).setValue("0 15 8 * * ?");
        test($(Button.class).id("reminder-cron-save")).click();
        ReminderSchedule saved = SystemActor.call(admin::schedule);
        assertThat(saved.getSweepCron()).isEqualTo("0 15 8 * * ?");
        SystemActor.call(() -> admin.changeSchedule(ReminderSchedule.DEFAULT_CRON, saved.getVersion()));
    }

    private static void login(MamoriPrincipal principal) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
    }
}
