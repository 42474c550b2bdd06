package jp.mamori.shared.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class JapaneseDatesTest {

    @Test
    void aStoredMomentReadsAsTokyoTimeWhateverTheServersZone() {
        assertThat(JapaneseDates.dateTime(Instant.parse("2026-03-31T15:30:00Z"))).isEqualTo("2026-04-01 00:30");
        assertThat(JapaneseDates.dateTime((Instant) null)).isEmpty();
    }

    @Test
    void japaneseDocumentsAddTheEraDate() {
        assertThat(JapaneseDates.isoWithWareki(LocalDate.of(2026, 11, 23), Locale.JAPANESE))
                .isEqualTo("2026-11-23（令和8年11月23日）");
        assertThat(JapaneseDates.isoWithWareki(LocalDate.of(2019, 4, 30), Locale.JAPANESE)).contains("平成31年4月30日");
        assertThat(JapaneseDates.isoWithWareki(LocalDate.of(2019, 5, 1), Locale.JAPANESE)).contains("令和元年5月1日");
        assertThat(JapaneseDates.isoWithWareki(LocalDate.of(2026, 11, 23), Locale.ENGLISH)).isEqualTo("2026-11-23");
    }
}
