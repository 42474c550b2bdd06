package jp.mamori.training;

import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.shared.persistence.Like;
import org.springframework.data.jpa.domain.Specification;

final class AssignmentSpecifications {

    private AssignmentSpecifications() {
    }

    static Specification<TrainingAssignment> matching(AssignmentFilter filter, TrainingAccess.Reach reach,
                                                      LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            From<?, ?> user = root.join("user");
            From<?, ?> department = user.join("department", JoinType.LEFT);
            if (!reach.everyone()) {
                Predicate own = cb.equal(user.get("id"), reach.userId());
                predicates.add(reach.departmentIds().isEmpty() ? own
                        : cb.or(own, department.get("id").in(reach.departmentIds())));
            }
            if (filter.courseId() != null) {
                predicates.add(cb.equal(root.get("course").get("id"), filter.courseId()));
            }
            if (filter.cycle() != null && !filter.cycle().isBlank()) {
                predicates.add(cb.equal(root.get("cycle"), filter.cycle()));
            }
            if (filter.departmentId() != null) {
                predicates.add(cb.equal(department.get("id"), filter.departmentId()));
            }
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.userId() != null) {
                predicates.add(cb.equal(user.get("id"), filter.userId()));
            }
            if (filter.overdueOnly()) {
                predicates.add(root.get("status").in(AssignmentStatus.ASSIGNED, AssignmentStatus.PASSED));
                predicates.add(cb.lessThan(root.get("dueOn"), today));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                String like = Like.contains(filter.text());
                predicates.add(cb.or(
                        cb.like(cb.lower(user.get("username")), like, '\\'),
                        cb.like(cb.lower(user.get("displayName")), like, '\\'),
                        cb.like(cb.lower(root.get("course").get("title")), like, '\\')));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
