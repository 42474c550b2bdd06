package jp.mamori.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import jp.mamori.shared.time.JapaneseDates;

/** A Tokyo clock that tests set and move, for "each stage fires on its day". */
public class MutableClock extends Clock {

    private volatile Instant instant;

    public MutableClock(Instant instant) {
        this.instant = instant;
    }

    /** Nine in the morning of that day in Tokyo, after the 8:00 sweep. */
    public void setDate(LocalDate date) {
        instant = date.atTime(LocalTime.of(9, 0)).atZone(JapaneseDates.TOKYO).toInstant();
    }

    public void set(Instant instant) {
        this.instant = instant;
    }

    public void advance(Duration duration) {
        instant = instant.plus(duration);
    }

    public void reset() {
        instant = Instant.now();
    }

    @Override
    public ZoneId getZone() {
        return JapaneseDates.TOKYO;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant, zone);
    }

    @Override
    public Instant instant() {
        return instant;
    }
}
