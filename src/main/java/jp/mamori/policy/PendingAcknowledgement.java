package jp.mamori.policy;

import java.time.LocalDate;

/** A published version a worker has not acknowledged yet. */
public record PendingAcknowledgement(long versionId, String titleJa, String titleEn, int number, LocalDate publishedOn,
                                     long userId, Long departmentId) {
}
