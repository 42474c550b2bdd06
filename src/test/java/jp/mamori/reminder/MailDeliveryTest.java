package jp.mamori.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.mamori.organisation.UserAccount;
import jp.mamori.organisation.UserService;
import jp.mamori.shared.security.SystemActor;
import jp.mamori.support.Actors;
import jp.mamori.support.Fixtures;
import jp.mamori.support.MamoriIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Mail through a real SMTP server (GreenMail) in a context of its own, with the Quartz
 * dispatcher running every second and the catch-up sweep at start left on.
 */
@MamoriIntegrationTest
@Import(ReminderTestConfiguration.class)
@TestPropertySource(properties = {"mamori.reminder.mail-interval=1s", "mamori.reminder.mail-first-retry=1m",
        "mamori.reminder.link-base-url=https://mamori.example.jp/",
        "spring.mail.properties.mail.smtp.connectiontimeout=3000", "spring.mail.properties.mail.smtp.timeout=3000"})
class MailDeliveryTest {

    private static final ServerSetup SMTP = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    private static GreenMail smtp = new GreenMail(SMTP);

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", SMTP::getBindAddress);
        registry.add("spring.mail.port", SMTP::getPort);
    }

    @BeforeAll
    static void startSmtp() {
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @Autowired
    ReminderSweeper sweeper;
    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    NotificationService notifications;
    @Autowired
    FictionalObligations source;
    @Autowired
    MutableClock clock;
    @Autowired
    Fixtures fixtures;
    @Autowired
    UserService users;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        source.clear();
        clock.reset();
    }

    @Test
    void aMissedScheduledSweepRunsThroughQuartzWhenTheApplicationStarts() {
        await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForObject(
                "select count(*) from reminder_sweep where trigger = 'CATCH_UP' and status = 'COMPLETED'", Long.class) > 0);
    }

    @Test
    void eachPersonGetsTheirMailInTheirOwnLanguage() throws Exception {
        UserAccount hanako = fixtures.user("hanako", null);
        UserAccount john = fixtures.user("john", null);
        users.save(john.getId(), Locale.ENGLISH);
        String kind = Fixtures.unique("t.mail.");
        LocalDate today = LocalDate.of(2035, 7, 1);
        clock.setDate(today);
        source.set(List.of(ReminderSweepTest.obligation(kind, "M-1", hanako.getId(), null, today.plusDays(7)),
                ReminderSweepTest.obligation(kind, "M-2", john.getId(), null, today.plusDays(7))));
        sweep();
        dispatcher.dispatchDue();

        MimeMessage japanese = awaitMailTo(hanako.getEmail(), 1).getFirst();
        MimeMessage english = awaitMailTo(john.getEmail(), 1).getFirst();
        assertThat(japanese.getSubject()).isEqualTo("[Mamori] 期限のお知らせ：件名 M-1");
        assertThat((String) japanese.getContent())
                .contains("テスト hanako 様", "期限は 2035-07-08 です（あと 7 日）", "令和17年7月8日",
                        "記録を開く：https://mamori.example.jp/ledger/M-1");
        assertThat(english.getSubject()).isEqualTo("[Mamori] Reminder: 件名 M-2");
        assertThat((String) english.getContent()).contains("Dear テスト john,", "is due on 2035-07-08 (7 days left)",
                "Open the record: https://mamori.example.jp/ledger/M-2");
        assertThat(statusesOf(kind)).containsOnly("SENT");
    }

    @Test
    void digestReadersGetOneMailADayListingTheirNewNotifications() throws Exception {
        UserAccount reader = fixtures.user("digest", null);
        Actors.as(fixtures.principalOf(reader), () -> notifications.setDailyDigest(true));
        String kind = Fixtures.unique("t.digest.");
        LocalDate today = LocalDate.of(2035, 8, 1);
        clock.setDate(today);
        source.set(List.of(ReminderSweepTest.obligation(kind, "G-1", reader.getId(), null, today.plusDays(1)),
                ReminderSweepTest.obligation(kind, "G-2", reader.getId(), null, today.plusDays(7)),
                ReminderSweepTest.obligation(kind, "G-3", reader.getId(), null, today.plusDays(30))));
        sweep();
        dispatcher.dispatchDue();
        MimeMessage digest = awaitMailTo(reader.getEmail(), 1).getFirst();
        assertThat(digest.getSubject()).isEqualTo("[Mamori] 本日の通知 3 件（2035-08-01）");
        assertThat((String) digest.getContent()).contains("新しい通知が 3 件あります", "件名 G-1", "件名 G-2", "件名 G-3");

        source.set(List.of(ReminderSweepTest.obligation(kind, "G-4", reader.getId(), null, today.plusDays(3))));
        sweep();
        dispatcher.dispatchDue();
        assertThat(mailsTo(reader.getEmail())).as("the second sweep of the day waits for tomorrow").hasSize(1);

        clock.setDate(today.plusDays(1));
        sweep();
        dispatcher.dispatchDue();
        MimeMessage nextDay = awaitMailTo(reader.getEmail(), 2).get(1);
        assertThat((String) nextDay.getContent()).contains("件名 G-4");
        assertThat(statusesOf(kind)).containsOnly("SENT");
    }

    @Test
    void anUnreachableSmtpServerLeavesTheNotificationAndRetriesWithBackOff() throws Exception {
        UserAccount worker = fixtures.user("retry", null);
        String kind = Fixtures.unique("t.retry.");
        LocalDate today = LocalDate.of(2035, 9, 1);
        clock.setDate(today);
        source.set(List.of(ReminderSweepTest.obligation(kind, "R-1", worker.getId(), null, today)));
        smtp.stop();
        try {
            sweep();
            dispatcher.dispatchDue();
            await().atMost(Duration.ofSeconds(30)).until(() -> attemptsOf(kind) == 1);
            Map<String, Object> failed = deliveryOf(kind);
            assertThat(failed.get("status")).isEqualTo("PENDING");
            assertThat((String) failed.get("last_error")).isNotBlank();
            assertThat(((java.sql.Timestamp) failed.get("next_attempt_at")).toInstant())
                    .isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
            assertThat(jdbc.queryForObject("select count(*) from notification where kind = ? and read_at is null",
                    Long.class, kind)).isEqualTo(1);
        } finally {
            smtp = new GreenMail(SMTP);
            smtp.start();
        }
        dispatcher.dispatchDue();
        assertThat(attemptsOf(kind)).as("not before the back-off has passed").isEqualTo(1);

        clock.advance(Duration.ofMinutes(2));
        dispatcher.dispatchDue();
        awaitMailTo(worker.getEmail(), 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> "SENT".equals(deliveryOf(kind).get("status")));
        assertThat(attemptsOf(kind)).isEqualTo(2);
    }

    private void sweep() {
        SystemActor.run(() -> sweeper.sweep(SweepTrigger.MANUAL));
    }

    private List<String> statusesOf(String kind) {
        return jdbc.queryForList("""
                select d.status from notification_delivery d join notification n on n.id = d.notification_id where n.kind = ?
                """, String.class, kind);
    }

    private Map<String, Object> deliveryOf(String kind) {
        return jdbc.queryForMap("""
                select d.* from notification_delivery d join notification n on n.id = d.notification_id where n.kind = ?
                """, kind);
    }

    private int attemptsOf(String kind) {
        return ((Number) deliveryOf(kind).get("attempts")).intValue();
    }

    private static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static List<MimeMessage> awaitMailTo(String address, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> mailsTo(address).size() >= count);
        return mailsTo(address);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
