package jp.mamori.organisation;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.shared.persistence.Like;
import org.springframework.data.jpa.domain.Specification;

final class UserSpecifications {

    private UserSpecifications() {
    }

    static Specification<UserAccount> matching(UserFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.text() != null && !filter.text().isBlank()) {
                String like = Like.contains(filter.text());
                predicates.add(cb.or(
                        cb.like(cb.lower(root.get("username")), like, '\\'),
                        cb.like(cb.lower(root.get("displayName")), like, '\\'),
                        cb.like(cb.lower(root.get("kana")), like, '\\'),
                        cb.like(cb.lower(root.get("email")), like, '\\')));
            }
            if (filter.departmentId() != null) {
                predicates.add(cb.equal(root.get("department").get("id"), filter.departmentId()));
            }
            if (filter.role() != null) {
                predicates.add(cb.isMember(filter.role(), root.get("roles")));
            }
            if (filter.active() != null) {
                predicates.add(cb.equal(root.get("active"), filter.active()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
