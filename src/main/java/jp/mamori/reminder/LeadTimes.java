package jp.mamori.reminder;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import jp.mamori.shared.RuleViolation;

/**
 * When an obligation kind is reminded: the days before the due date (0 = on the day), then
 * every {@code overdueEveryDays} while overdue, the first overdue reminder on the day after
 * the due date.
 */
public record LeadTimes(List<Integer> daysBefore, int overdueEveryDays) {

    public static final LeadTimes DEFAULT = new LeadTimes(List.of(30, 7, 1, 0), 7);
    public static final int MAX_DAYS_BEFORE = 366;
    public static final int MAX_OVERDUE_EVERY = 365;

    public LeadTimes {
        if (daysBefore.isEmpty() || daysBefore.stream().anyMatch(d -> d < 0 || d > MAX_DAYS_BEFORE)
                || overdueEveryDays < 1 || overdueEveryDays > MAX_OVERDUE_EVERY) {
            throw new IllegalArgumentException(daysBefore + " / " + overdueEveryDays);
        }
        daysBefore = daysBefore.stream().distinct().sorted().toList();
    }

    /** Reads "30, 7, 1, 0"; refuses anything else with a rule violation on {@code field}. */
    public static List<Integer> parseDays(String text, String field) {
        String trimmed = text == null ? "" : text.strip();
        if (!trimmed.matches("\\d{1,3}(\\s*[,、]\\s*\\d{1,3})*")) {
            throw RuleViolation.onField(field, "reminder.leadTime.invalidDays", MAX_DAYS_BEFORE);
        }
        List<Integer> days = Arrays.stream(trimmed.split("\\s*[,、]\\s*")).map(Integer::valueOf).distinct().toList();
        if (days.stream().anyMatch(d -> d > MAX_DAYS_BEFORE)) {
            throw RuleViolation.onField(field, "reminder.leadTime.invalidDays", MAX_DAYS_BEFORE);
        }
        return days;
    }

    /** "30,7,1,0": longest lead first, as people read it. */
    public String daysText() {
        return daysBefore.reversed().stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    public int longestLead() {
        return daysBefore.getLast();
    }

    /**
     * The latest stage whose fire date is on or before {@code today}, or null before the first.
     * Only this stage is offered to the sweep: a missed day still fires once, and a sweep after a
     * long outage does not flood people with every stage they missed.
     */
    public Stage latestStage(LocalDate due, LocalDate today) {
        long daysLeft = DAYS.between(today, due);
        if (daysLeft < 0) {
            return Stage.overdue((int) ((-daysLeft - 1) / overdueEveryDays) + 1);
        }
        for (int days : daysBefore) {
            if (days >= daysLeft) {
                return Stage.before(days);
            }
        }
        return null;
    }
}
