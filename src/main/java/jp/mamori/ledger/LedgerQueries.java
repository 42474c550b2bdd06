package jp.mamori.ledger;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.RuleViolation;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The ledger list read straight from the database: filtered, sorted and paged in SQL, with the
 * department and owner names joined in, never the whole table and never one query per row.
 */
@Component
class LedgerQueries {

    /** The properties a list may be sorted by, as the grid and the API name them. */
    static final List<String> SORTABLE = List.of("reference", "name", "department", "owner", "status",
            "nextReviewDate", "lastReviewedOn", "approximateCount", "medium");

    @PersistenceContext
    private EntityManager entityManager;

    List<LedgerRow> page(LedgerFilter filter, LedgerScope scope, LocalDate today, Pageable pageable) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<LedgerRow> query = cb.createQuery(LedgerRow.class);
        Root<LedgerEntry> entry = query.from(LedgerEntry.class);
        Join<LedgerEntry, Department> department = entry.join("department");
        Join<LedgerEntry, UserAccount> owner = entry.join("owner", JoinType.LEFT);
        query.select(cb.construct(LedgerRow.class, entry.get("id"), entry.get("version"), entry.get("reference"),
                entry.get("name"), department.get("id"), department.get("name"), owner.get("id"),
                owner.get("displayName"), entry.get("dataItems"), entry.get("dataSubjects"),
                entry.get("approximateCount"), entry.get("medium"), entry.get("specialCare"), entry.get("myNumber"),
                entry.get("retainedPersonalData"), entry.get("status"), entry.get("lastReviewedOn"),
                entry.get("nextReviewDate"), entry.get("unacceptedHighRisk")));
        query.where(predicates(cb, query, entry, filter, scope, today));
        query.orderBy(orders(cb, entry, department, owner, pageable.getSort()));
        List<LedgerRow> rows = entityManager.createQuery(query)
                .setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize())
                .getResultList();
        Map<Long, List<String>> purposes = purposeTexts(rows.stream().map(LedgerRow::id).toList());
        return rows.stream().map(row -> row.withPurposes(purposes.getOrDefault(row.id(), List.of()))).toList();
    }

    long count(LedgerFilter filter, LedgerScope scope, LocalDate today) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<LedgerEntry> entry = query.from(LedgerEntry.class);
        query.select(cb.count(entry)).where(predicates(cb, query, entry, filter, scope, today));
        return entityManager.createQuery(query).getSingleResult();
    }

    /** The ids of a slice of the filtered list in reference order, for exports that walk it in chunks. */
    List<Long> ids(LedgerFilter filter, LedgerScope scope, LocalDate today, long afterId, int limit) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = cb.createQuery(Long.class);
        Root<LedgerEntry> entry = query.from(LedgerEntry.class);
        List<Predicate> where = new ArrayList<>(List.of(predicates(cb, query, entry, filter, scope, today)));
        where.add(cb.greaterThan(entry.get("id"), afterId));
        query.select(entry.get("id")).where(where.toArray(Predicate[]::new)).orderBy(cb.asc(entry.get("id")));
        return entityManager.createQuery(query).setMaxResults(limit).getResultList();
    }

    /** The purpose texts (Japanese, as published) of each entry, in the order they were defined. */
    Map<Long, List<String>> purposeTexts(Collection<Long> entryIds) {
        Map<Long, List<String>> texts = new HashMap<>();
        if (entryIds.isEmpty()) {
            return texts;
        }
        entityManager.createQuery("select e.id, p.textJa from LedgerEntry e join e.purposes p where e.id in :ids"
                        + " order by p.id", Object[].class)
                .setParameter("ids", entryIds)
                .getResultList()
                .forEach(row -> texts.computeIfAbsent((Long) row[0], id -> new ArrayList<>()).add((String) row[1]));
        return texts;
    }

    private static Predicate[] predicates(CriteriaBuilder cb, CriteriaQuery<?> query, Root<LedgerEntry> entry,
                                          LedgerFilter filter, LedgerScope scope, LocalDate today) {
        List<Predicate> predicates = new ArrayList<>();
        if (!scope.readsAll() && !scope.editsAll()) {
            predicates.add(entry.get("department").get("id").in(scope.managedDepartments()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            String like = "%" + filter.text().strip().toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            Subquery<Integer> purposeMatch = query.subquery(Integer.class);
            Root<LedgerEntry> sameEntry = purposeMatch.correlate(entry);
            Join<LedgerEntry, Purpose> purpose = sameEntry.join("purposes");
            purposeMatch.select(cb.literal(1)).where(cb.or(
                    cb.like(cb.lower(purpose.get("textJa")), like, '\\'),
                    cb.like(cb.lower(purpose.get("textEn")), like, '\\')));
            predicates.add(cb.or(
                    cb.like(cb.lower(entry.get("name")), like, '\\'),
                    cb.like(cb.lower(entry.get("dataItems")), like, '\\'),
                    cb.like(cb.lower(entry.get("reference")), like, '\\'),
                    cb.exists(purposeMatch)));
        }
        if (filter.departmentId() != null) {
            predicates.add(cb.equal(entry.get("department").get("id"), filter.departmentId()));
        }
        if (!filter.statuses().isEmpty()) {
            predicates.add(entry.get("status").in(filter.statuses()));
        }
        flag(cb, entry, "specialCare", filter.specialCare(), predicates);
        flag(cb, entry, "myNumber", filter.myNumber(), predicates);
        flag(cb, entry, "retainedPersonalData", filter.retainedPersonalData(), predicates);
        flag(cb, entry, "unacceptedHighRisk", filter.unacceptedHighRisk(), predicates);
        if (filter.reviewOverdue()) {
            predicates.add(cb.equal(entry.get("status"), LedgerStatus.ACTIVE));
            predicates.add(cb.lessThan(entry.get("nextReviewDate"), today));
        }
        return predicates.toArray(Predicate[]::new);
    }

    private static void flag(CriteriaBuilder cb, Root<LedgerEntry> entry, String attribute, Boolean wanted,
                             List<Predicate> predicates) {
        if (wanted != null) {
            predicates.add(cb.equal(entry.get(attribute), wanted));
        }
    }

    private static List<Order> orders(CriteriaBuilder cb, Root<LedgerEntry> entry, Join<LedgerEntry, Department> department,
                                      Join<LedgerEntry, UserAccount> owner, Sort sort) {
        List<Order> orders = new ArrayList<>();
        for (Sort.Order order : sort.isSorted() ? sort : Sort.by("reference")) {
            Expression<?> expression = switch (order.getProperty()) {
                case "reference" -> entry.get("reference");
                case "name" -> entry.get("name");
                case "department" -> department.get("name");
                case "owner" -> owner.get("displayName");
                case "status" -> entry.get("status");
                case "nextReviewDate" -> entry.get("nextReviewDate");
                case "lastReviewedOn" -> entry.get("lastReviewedOn");
                case "approximateCount" -> entry.get("approximateCount");
                case "medium" -> entry.get("medium");
                default -> throw new RuleViolation("ledger.error.sort", order.getProperty(), String.join(", ", SORTABLE));
            };
            orders.add(order.isAscending() ? cb.asc(expression) : cb.desc(expression));
        }
        orders.add(cb.asc(entry.get("id")));
        return orders;
    }
}
