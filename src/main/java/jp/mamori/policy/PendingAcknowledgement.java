package jp.mamori.policy;

import java.time.LocalDate;
import java.util.Locale;

/** A published version a worker has not acknowledged yet. */
public record PendingAcknowledgement(long versionId, String titleJa, String titleEn, int number, LocalDate publishedOn,
                                     long userId, Long departmentId) {

    public String title(Locale locale) {
        return PolicyLanguage.pick(locale, titleJa, titleEn);
    }
}
