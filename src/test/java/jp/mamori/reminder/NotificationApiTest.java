package jp.mamori.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.security.SystemActor;
import jp.mamori.support.Fixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@ReminderIntegrationTest
class NotificationApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    FictionalObligations source;
    @Autowired
    MutableClock clock;
    @Autowired
    ReminderSweeper sweeper;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        source.clear();
        clock.reset();
    }

    @Test
    void aPersonSeesAndMarksOnlyTheirOwnNotifications() throws Exception {
        UserAccount alice = fixtures.user("alice", null);
        UserAccount bob = fixtures.user("bob", null);
        String kind = Fixtures.unique("t.api.");
        LocalDate today = LocalDate.of(2033, 4, 1);
        clock.setDate(today);
        source.set(List.of(
                ReminderSweepTest.obligation(kind, "alice-1", alice.getId(), null, today.plusDays(7)),
                ReminderSweepTest.obligation(kind, "bob-1", bob.getId(), null, today.plusDays(7))));
        SystemActor.run(() -> sweeper.sweep(SweepTrigger.MANUAL));
        long alicesId = notificationOf(alice);
        long bobsId = notificationOf(bob);

        mvc.perform(get("/api/v1/notifications").with(httpBasic(alice.getUsername(), Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.unread").value(1))
                .andExpect(jsonPath("$.items[*].subjectKey", contains("alice-1")))
                .andExpect(jsonPath("$.items[0].stage").value("BEFORE_7"))
                .andExpect(jsonPath("$.items[0].link").value("ledger/alice-1"));

        mvc.perform(post("/api/v1/notifications/{id}/read", bobsId).with(httpBasic(alice.getUsername(), Fixtures.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/notifications/{id}/read", Long.MAX_VALUE).with(httpBasic(alice.getUsername(), Fixtures.PASSWORD)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.queryForObject("select read_at is null from notification where id = ?", Boolean.class, bobsId)).isTrue();

        mvc.perform(post("/api/v1/notifications/{id}/read", alicesId).with(httpBasic(alice.getUsername(), Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.read").value(true));
        mvc.perform(get("/api/v1/notifications").param("unread", "true").with(httpBasic(alice.getUsername(), Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void onlyAdministratorsSweepThroughTheApi() throws Exception {
        UserAccount employee = fixtures.user("emp", null);
        mvc.perform(post("/api/v1/reminders/sweep").with(httpBasic(employee.getUsername(), Fixtures.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/reminders/sweep").with(httpBasic("admin", Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sweepId").isNumber())
                .andExpect(jsonPath("$.obligations").isNumber())
                .andExpect(jsonPath("$.created").isNumber());
    }

    @Test
    void anonymousCallersGetNothing() throws Exception {
        mvc.perform(get("/api/v1/notifications")).andExpect(status().isUnauthorized());
    }

    private long notificationOf(UserAccount user) {
        return jdbc.queryForObject("select id from notification where recipient_id = ?", Long.class, user.getId());
    }
}
