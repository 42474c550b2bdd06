package jp.mamori.audit;

import java.time.LocalDate;
import java.util.Set;

/** What the programme says about one audit: what is audited, when, by whom, against what. */
public record AuditPlan(AuditKind kind, String processName, Set<Long> departmentIds, LocalDate plannedDate,
                        Long leadAuditorId, Set<Long> auditorIds, String scope, String criteria) {
}
