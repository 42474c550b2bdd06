package jp.mamori.request;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

final class SubjectRequestSpecifications {

    private SubjectRequestSpecifications() {
    }

    static Specification<SubjectRequest> matching(SubjectRequestFilter filter, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.type() != null) {
                predicates.add(cb.equal(root.get("type"), filter.type()));
            }
            if (filter.status() != null) {
                predicates.add(switch (filter.status()) {
                    case OPEN -> cb.isNull(root.get("respondedOn"));
                    case RESPONDED -> cb.and(cb.isNotNull(root.get("respondedOn")), cb.isNull(root.get("destroyedOn")));
                    case DESTROYED -> cb.isNotNull(root.get("destroyedOn"));
                });
            }
            if (filter.overdue() != null) {
                Predicate overdue = overdue(root, cb, today);
                predicates.add(filter.overdue() ? overdue : cb.not(overdue));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    /** Mirrors {@link SubjectRequest#isOverdue(LocalDate)}. */
    private static Predicate overdue(Root<SubjectRequest> root, CriteriaBuilder cb, LocalDate today) {
        return cb.or(
                cb.and(cb.isNull(root.get("respondedOn")), cb.lessThan(root.get("responseDue"), today)),
                cb.and(cb.isNull(root.get("destroyedOn")), cb.isNotNull(root.get("destructionDue")),
                        cb.lessThan(root.get("destructionDue"), today)));
    }
}
