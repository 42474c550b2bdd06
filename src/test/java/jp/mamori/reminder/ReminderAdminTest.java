package jp.mamori.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.security.SystemActor;
import jp.mamori.support.Actors;
import jp.mamori.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

@ReminderIntegrationTest
class ReminderAdminTest {

    @Autowired
    ReminderAdminService admin;
    @Autowired
    ReminderSweeper sweeper;
    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    FictionalObligations source;
    @Autowired
    MutableClock clock;
    @Autowired
    Fixtures fixtures;
    @Autowired
    Scheduler scheduler;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        source.clear();
        clock.reset();
    }

    @Test
    void theScheduleIsValidatedAndQuartzFollowsIt() throws Exception {
        ReminderSchedule current = SystemActor.call(admin::schedule);
        assertThatThrownBy(() -> SystemActor.call(() -> admin.changeSchedule("every morning", current.getVersion())))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).field()).isEqualTo("cron");

        ReminderSchedule changed = SystemActor.call(() -> admin.changeSchedule("0 30 7 ? * MON-FRI", current.getVersion()));
        try {
            CronTrigger trigger = (CronTrigger) scheduler.getTrigger(TriggerKey.triggerKey("sweep-schedule", "reminder"));
            assertThat(trigger.getCronExpression()).isEqualTo("0 30 7 ? * MON-FRI");
            assertThat(trigger.getTimeZone().getID()).isEqualTo("Asia/Tokyo");
            assertThat(SystemActor.call(admin::nextSweep)).isPresent();
        } finally {
            SystemActor.call(() -> admin.changeSchedule(ReminderSchedule.DEFAULT_CRON, changed.getVersion()));
        }
    }

    @Test
    void onlyAdministratorsRunAndTuneTheEngine() {
        var employee = fixtures.principalOf(fixtures.user("emp", null));
        assertThatThrownBy(() -> Actors.as(employee, admin::sweepNow)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Actors.as(employee, admin::leadTimes)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> Actors.as(employee, () -> sweeper.sweep(SweepTrigger.MANUAL)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void leadTimesAreValidatedAndTheDefaultStays() {
        assertThatThrownBy(() -> SystemActor.call(() -> admin.saveLeadTime(null, null, "Bad Kind", "7", 7)))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> SystemActor.call(() -> admin.saveLeadTime(null, null, "ok.kind", "7, x", 7)))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> SystemActor.call(() -> admin.saveLeadTime(null, null, "ok.kind", "7", 0)))
                .isInstanceOf(RuleViolation.class);
        LeadTime defaults = SystemActor.call(admin::leadTimes).stream().filter(LeadTime::isDefault).findFirst().orElseThrow();
        assertThatThrownBy(() -> SystemActor.run(() -> admin.deleteLeadTime(defaults.getId())))
                .isInstanceOf(RuleViolation.class);

        String kind = Fixtures.unique("t.admin.");
        LeadTime saved = SystemActor.call(() -> admin.saveLeadTime(null, null, kind, "60、14,3", 2));
        assertThat(saved.leadTimes()).isEqualTo(new LeadTimes(List.of(3, 14, 60), 2));
        assertThat(SystemActor.call(admin::knownKinds)).contains(kind);
        SystemActor.run(() -> admin.deleteLeadTime(saved.getId()));
    }

    @Test
    void withoutSmtpMailIsRecordedAsNotSentWithTheReasonAndCanBeRetried() {
        UserAccount worker = fixtures.user("nomail", null);
        String kind = Fixtures.unique("t.nosmtp.");
        LocalDate today = LocalDate.of(2036, 1, 9);
        clock.setDate(today);
        source.set(List.of(ReminderSweepTest.obligation(kind, "S-1", worker.getId(), null, today.plusDays(1))));
        SystemActor.run(() -> sweeper.sweep(SweepTrigger.MANUAL));

        assertThat(dispatcher.isMailConfigured()).isFalse();
        dispatcher.dispatchDue();

        long id = jdbc.queryForObject("select id from notification where kind = ?", Long.class, kind);
        // Notification ids come from per-connection cached blocks: the newest is not always on the first page.
        NotificationDelivery delivery = SystemActor.call(() -> {
            for (var page = admin.deliveries(true, PageRequest.of(0, 1000)); ; page = admin.deliveries(true, page.nextPageable())) {
                var found = page.stream().filter(d -> d.getNotificationId() == id).findFirst();
                if (found.isPresent() || !page.hasNext()) {
                    return found.orElseThrow();
                }
            }
        });
        assertThat(delivery.getStatus()).isEqualTo(DeliveryStatus.NOT_CONFIGURED);
        assertThat(delivery.getLastError()).contains("spring.mail.host");
        assertThat(delivery.getNotification().getSubject()).isEqualTo("件名 S-1");

        assertThat(SystemActor.call(() -> admin.retry(id))).isTrue();
        assertThat(jdbc.queryForObject("select status from notification_delivery where notification_id = ?", String.class, id))
                .isEqualTo("PENDING");
    }
}
