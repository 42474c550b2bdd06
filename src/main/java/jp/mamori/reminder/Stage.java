package jp.mamori.reminder;

import java.time.LocalDate;

/**
 * Where a reminder stands relative to its due date: {@code BEFORE_30} (30 days before),
 * {@code DUE} (on the day), {@code OVERDUE_2} (the second overdue reminder). Part of a
 * notification's identity.
 */
public record Stage(Phase phase, int number) {

    public enum Phase {
        BEFORE, DUE, OVERDUE
    }

    public static final Stage DUE = new Stage(Phase.DUE, 0);

    public Stage {
        if (phase == Phase.DUE ? number != 0 : number < 1) {
            throw new IllegalArgumentException(phase + " " + number);
        }
    }

    public static Stage before(int days) {
        return days == 0 ? DUE : new Stage(Phase.BEFORE, days);
    }

    public static Stage overdue(int nth) {
        return new Stage(Phase.OVERDUE, nth);
    }

    public static Stage parse(String code) {
        if ("DUE".equals(code)) {
            return DUE;
        }
        int separator = code.indexOf('_');
        return new Stage(Phase.valueOf(code.substring(0, separator)), Integer.parseInt(code.substring(separator + 1)));
    }

    public String code() {
        return phase == Phase.DUE ? "DUE" : phase + "_" + number;
    }

    public boolean isOverdue() {
        return phase == Phase.OVERDUE;
    }

    /** Bundle key of the label; it takes {@link #number()} as its argument. */
    public String labelKey() {
        return "reminder.stage." + phase.name();
    }

    /** The day this stage fires for an obligation due on {@code due}, given the overdue interval. */
    public LocalDate fireDate(LocalDate due, int overdueEveryDays) {
        return switch (phase) {
            case BEFORE -> due.minusDays(number);
            case DUE -> due;
            case OVERDUE -> due.plusDays(1 + (long) (number - 1) * overdueEveryDays);
        };
    }

    @Override
    public String toString() {
        return code();
    }
}
