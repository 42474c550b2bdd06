package jp.mamori.shared.time;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.chrono.JapaneseChronology;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.util.Locale;

/**
 * Dates as Japanese documents print them: ISO first, and the Japanese era (和暦) beside it
 * where the document is Japanese.
 */
public final class JapaneseDates {

    public static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private static final DateTimeFormatter WAREKI = DateTimeFormatter
            .ofPattern("GGGGy年M月d日", Locale.JAPANESE)
            .withChronology(JapaneseChronology.INSTANCE);
    /** Official documents call the first year of an era 元年, not 1年. */
    private static final DateTimeFormatter WAREKI_FIRST_YEAR = DateTimeFormatter
            .ofPattern("GGGG元年M月d日", Locale.JAPANESE)
            .withChronology(JapaneseChronology.INSTANCE);
    private static final DateTimeFormatter ISO_MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private JapaneseDates() {
    }

    public static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    public static String wareki(LocalDate date) {
        if (date == null) {
            return "";
        }
        JapaneseDate japanese = JapaneseDate.from(date);
        return (japanese.get(ChronoField.YEAR_OF_ERA) == 1 ? WAREKI_FIRST_YEAR : WAREKI).format(japanese);
    }

    /** "2026-11-23（令和8年11月23日）" in Japanese, plain ISO otherwise. */
    public static String isoWithWareki(LocalDate date, Locale locale) {
        if (date == null) {
            return "";
        }
        if (locale != null && "ja".equals(locale.getLanguage())) {
            return iso(date) + "（" + wareki(date) + "）";
        }
        return iso(date);
    }

    /** A stored moment as Tokyo wall-clock time to the minute, "" for none. */
    public static String dateTime(Instant instant) {
        return instant == null ? "" : ISO_MINUTES.format(instant.atZone(TOKYO));
    }

    public static String dateTime(OffsetDateTime instant) {
        return instant == null ? "" : ISO_MINUTES.format(instant.atZoneSameInstant(TOKYO));
    }

    public static String dateTime(LocalDateTime time) {
        return time == null ? "" : ISO_MINUTES.format(time);
    }
}
