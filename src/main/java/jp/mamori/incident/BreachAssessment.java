package jp.mamori.incident;

import java.time.LocalDate;
import java.util.List;

/**
 * Mamori's reading of a breach: reportable or not, why, and the report deadlines (null when
 * not reportable or when the day of learning is not known yet).
 *
 * @param preliminaryReportTarget the day 速報 is expected ("promptly": about three days)
 * @param preliminaryReportDue    the latest day for 速報 (about five days)
 * @param finalReportDue          the day 確報 is due, moved off days off
 */
public record BreachAssessment(boolean reportable, List<ReportabilityReason> reasons,
                               LocalDate preliminaryReportTarget, LocalDate preliminaryReportDue,
                               LocalDate finalReportDue) {
}
