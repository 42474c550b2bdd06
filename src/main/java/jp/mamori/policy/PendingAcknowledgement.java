package jp.mamori.policy;

import java.time.LocalDate;
import java.util.Locale;

/** A published version a worker has not acknowledged yet. */
public record PendingAcknowledgement(long versionId, String titleJa, String titleEn, int number, LocalDate publishedOn,
                                     long userId, Long departmentId, LocalDate hireDate) {

    /** Since when the worker owes it: its publication, or their hiring when they joined later. */
    public LocalDate owedFrom() {
        return hireDate != null && hireDate.isAfter(publishedOn) ? hireDate : publishedOn;
    }

    public LocalDate dueOn(int days) {
        return owedFrom().plusDays(days);
    }

    public String title(Locale locale) {
        return PolicyLanguage.pick(locale, titleJa, titleEn);
    }
}
