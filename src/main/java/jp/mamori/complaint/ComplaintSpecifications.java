package jp.mamori.complaint;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

final class ComplaintSpecifications {

    private ComplaintSpecifications() {
    }

    static Specification<Complaint> matching(ComplaintFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.kind() != null) {
                predicates.add(cb.equal(root.get("kind"), filter.kind()));
            }
            if (filter.category() != null) {
                predicates.add(cb.equal(root.get("category"), filter.category()));
            }
            if (filter.stage() != null) {
                // Mirrors Complaint#getStage: the furthest dated step decides.
                predicates.add(switch (filter.stage()) {
                    case ANSWERED -> cb.isNotNull(root.get("answeredOn"));
                    case IMPROVEMENT -> cb.and(cb.isNull(root.get("answeredOn")), cb.isNotNull(root.get("improvedOn")));
                    case INVESTIGATION -> cb.and(cb.isNull(root.get("answeredOn")), cb.isNull(root.get("improvedOn")),
                            cb.isNotNull(root.get("investigatedOn")));
                    case FIRST_RESPONSE -> cb.and(cb.isNull(root.get("answeredOn")), cb.isNull(root.get("improvedOn")),
                            cb.isNull(root.get("investigatedOn")), cb.isNotNull(root.get("firstResponseOn")));
                    case RECEIVED -> cb.and(cb.isNull(root.get("answeredOn")), cb.isNull(root.get("improvedOn")),
                            cb.isNull(root.get("investigatedOn")), cb.isNull(root.get("firstResponseOn")));
                });
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
