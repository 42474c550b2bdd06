package jp.mamori.consignee;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import jp.mamori.shared.persistence.Like;
import org.springframework.data.jpa.domain.Specification;

final class ConsigneeSpecifications {

    /** Statuses under supervision: their evaluations fall due. */
    static final Set<ConsigneeStatus> SUPERVISED = EnumSet.of(ConsigneeStatus.APPROVED, ConsigneeStatus.CONDITIONAL);
    /** Statuses whose certifications and contracts no longer matter. */
    static final Set<ConsigneeStatus> CLOSED = EnumSet.of(ConsigneeStatus.TERMINATED, ConsigneeStatus.REJECTED);

    private ConsigneeSpecifications() {
    }

    /**
     * @param today       for the overdue and expiring flags
     * @param specialCare asked only when the filter wants consignees receiving special-care data
     */
    static Specification<Consignee> matching(ConsigneeFilter filter, LocalDate today, Supplier<Set<Long>> specialCare) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.text() != null && !filter.text().isBlank()) {
                String like = Like.contains(filter.text());
                predicates.add(cb.or(
                        cb.like(cb.lower(root.get("name")), like, '\\'),
                        cb.like(root.get("corporateNumber"), like, '\\'),
                        cb.like(cb.lower(root.get("address")), like, '\\'),
                        cb.like(cb.lower(root.get("services")), like, '\\')));
            }
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.active() != null) {
                predicates.add(cb.equal(root.get("active"), filter.active()));
            }
            if (Boolean.TRUE.equals(filter.evaluationOverdue())) {
                predicates.add(cb.isTrue(root.get("active")));
                predicates.add(root.get("status").in(SUPERVISED));
                predicates.add(cb.lessThan(root.get("nextEvaluationDue"), today));
            }
            if (Boolean.TRUE.equals(filter.certificationExpiring())) {
                predicates.add(certificationExpiringBy(today.plusDays(ConsigneeService.EXPIRY_WARNING_DAYS))
                        .toPredicate(root, query, cb));
            }
            if (Boolean.TRUE.equals(filter.certificationLapsed())) {
                predicates.add(certificationLapsed(today).toPredicate(root, query, cb));
            }
            if (Boolean.TRUE.equals(filter.specialCare())) {
                Set<Long> ids = specialCare.get();
                predicates.add(ids.isEmpty() ? cb.disjunction() : root.get("id").in(ids));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    /**
     * Consignees still relied on that hold a certification expired before today, each counted
     * once however many have lapsed: the one definition the dashboard, the management review
     * and the register's filter share, so that their figures agree.
     */
    static Specification<Consignee> certificationLapsed(LocalDate today) {
        return certificationExpiringBy(today.minusDays(1));
    }

    /** Active consignees, neither terminated nor rejected, with a certification expiring by the horizon. */
    private static Specification<Consignee> certificationExpiringBy(LocalDate horizon) {
        return (root, query, cb) -> {
            Subquery<Long> expiring = query.subquery(Long.class);
            Root<Certification> certification = expiring.from(Certification.class);
            expiring.select(certification.get("consignee").get("id"))
                    .where(cb.lessThanOrEqualTo(certification.get("expiresOn"), horizon));
            return cb.and(root.get("id").in(expiring), cb.isTrue(root.get("active")),
                    cb.not(root.get("status").in(CLOSED)));
        };
    }
}
