package jp.mamori.incident;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

final class IncidentSpecifications {

    private IncidentSpecifications() {
    }

    static Specification<Incident> matching(IncidentFilter filter, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.reportable() != null) {
                predicates.add(cb.equal(root.get("reportable"), filter.reportable()));
            }
            if (filter.status() != null) {
                predicates.add(switch (filter.status()) {
                    case NOT_REPORTABLE -> cb.isFalse(root.get("reportable"));
                    case AWAITING_PRELIMINARY_REPORT -> cb.and(cb.isTrue(root.get("reportable")),
                            cb.isNull(root.get("preliminaryReportedOn")));
                    case AWAITING_FINAL_REPORT -> cb.and(cb.isTrue(root.get("reportable")),
                            cb.isNotNull(root.get("preliminaryReportedOn")), cb.isNull(root.get("finalReportedOn")));
                    case REPORTED -> cb.and(cb.isTrue(root.get("reportable")),
                            cb.isNotNull(root.get("preliminaryReportedOn")), cb.isNotNull(root.get("finalReportedOn")));
                });
            }
            if (filter.overdue() != null) {
                Predicate overdue = overdue(root, cb, today);
                predicates.add(filter.overdue() ? overdue : cb.not(overdue));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    /** Mirrors {@link Incident#isOverdue(LocalDate)}. */
    private static Predicate overdue(Root<Incident> root, CriteriaBuilder cb, LocalDate today) {
        return cb.or(
                cb.and(cb.isNull(root.get("preliminaryReportedOn")), cb.isNotNull(root.get("preliminaryReportDue")),
                        cb.lessThan(root.get("preliminaryReportDue"), today)),
                cb.and(cb.isNull(root.get("finalReportedOn")), cb.isNotNull(root.get("finalReportDue")),
                        cb.lessThan(root.get("finalReportDue"), today)));
    }
}
