package jp.mamori.ledger;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.persistence.Like;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The ledger list read straight from the database: filtered, sorted and paged in SQL, with the
 * department and owner names joined in, never the whole table and never one query per row.
 * The queries are JPQL made of fixed fragments (sort keys are whitelisted), so Hibernate
 * translates each shape once and reuses the plan.
 */
@Component
class LedgerQueries {

    /** What the list may be sorted by, as the grid and the API name it, and the expression it sorts. */
    static final Map<String, String> SORTABLE = sortable();

    private static final String ROW = "select new jp.mamori.ledger.LedgerRow(e.id, e.version, e.reference, e.name,"
            + " d.id, d.name, o.id, o.displayName, e.dataItems, e.dataSubjects, e.approximateCount, e.medium,"
            + " e.specialCare, e.myNumber, e.retainedPersonalData, e.status, e.lastReviewedOn, e.nextReviewDate,"
            + " e.unacceptedHighRisk) from LedgerEntry e join e.department d left join e.owner o";

    @PersistenceContext
    private EntityManager entityManager;

    List<LedgerRow> page(LedgerFilter filter, LedgerScope scope, LocalDate today, Pageable pageable) {
        Where where = new Where(filter, scope, today);
        TypedQuery<LedgerRow> query = entityManager.createQuery(ROW + where.clause() + orderBy(pageable.getSort()),
                LedgerRow.class);
        List<LedgerRow> rows = where.bind(query)
                .setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize())
                .getResultList();
        Map<Long, List<String>> purposes = purposeTexts(rows.stream().map(LedgerRow::id).toList());
        return rows.stream().map(row -> row.withPurposes(purposes.getOrDefault(row.id(), List.of()))).toList();
    }

    long count(LedgerFilter filter, LedgerScope scope, LocalDate today) {
        Where where = new Where(filter, scope, today);
        return where.bind(entityManager.createQuery("select count(e) from LedgerEntry e" + where.clause(), Long.class))
                .getSingleResult();
    }

    /** The ids of a slice of the filtered list in id order, for exports that walk it in chunks. */
    List<Long> ids(LedgerFilter filter, LedgerScope scope, LocalDate today, long afterId, int limit) {
        Where where = new Where(filter, scope, today);
        where.add("e.id > :afterId", "afterId", afterId);
        return where.bind(entityManager.createQuery("select e.id from LedgerEntry e" + where.clause() + " order by e.id",
                        Long.class))
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * The purpose texts (Japanese, as published) of each entry, in the order they were defined.
     * Native SQL with one array parameter: a JPQL list parameter of fifty ids would be
     * translated anew on every page.
     */
    Map<Long, List<String>> purposeTexts(Collection<Long> entryIds) {
        Map<Long, List<String>> texts = new HashMap<>();
        if (entryIds.isEmpty()) {
            return texts;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select ep.entry_id, p.text_ja from ledger_entry_purpose ep"
                        + " join purpose p on p.id = ep.purpose_id where ep.entry_id = any(:ids) order by p.id")
                .setParameter("ids", entryIds.toArray(Long[]::new))
                .getResultList();
        rows.forEach(row -> texts.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>())
                .add((String) row[1]));
        return texts;
    }

    private static String orderBy(Sort sort) {
        List<String> orders = new ArrayList<>();
        for (Sort.Order order : sort.isSorted() ? sort : Sort.by("reference")) {
            String expression = SORTABLE.get(order.getProperty());
            if (expression == null) {
                throw new RuleViolation("ledger.error.sort", order.getProperty(), String.join(", ", SORTABLE.keySet()));
            }
            orders.add(expression + (order.isAscending() ? " asc" : " desc"));
        }
        orders.add("e.id asc");
        return " order by " + String.join(", ", orders);
    }

    private static Map<String, String> sortable() {
        Map<String, String> sortable = new LinkedHashMap<>();
        sortable.put("reference", "e.reference");
        sortable.put("name", "e.name");
        sortable.put("department", "d.name");
        sortable.put("owner", "o.displayName");
        sortable.put("status", "e.status");
        sortable.put("nextReviewDate", "e.nextReviewDate");
        sortable.put("lastReviewedOn", "e.lastReviewedOn");
        sortable.put("approximateCount", "e.approximateCount");
        sortable.put("medium", "e.medium");
        return Collections.unmodifiableMap(sortable);
    }

    /** The conditions of a filter as a where clause of fixed fragments and its parameters. */
    private static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final Map<String, Object> parameters = new LinkedHashMap<>();

        Where(LedgerFilter filter, LedgerScope scope, LocalDate today) {
            if (!scope.readsAll() && !scope.editsAll()) {
                in("fk(e.department)", "managed", scope.managedDepartments().stream().sorted().toList());
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                add("(lower(e.name) like :text escape '\\' or lower(e.dataItems) like :text escape '\\'"
                        + " or lower(e.reference) like :text escape '\\' or exists (select 1 from e.purposes p"
                        + " where lower(p.textJa) like :text escape '\\' or lower(p.textEn) like :text escape '\\'))",
                        "text", Like.contains(filter.text()));
            }
            if (filter.departmentId() != null) {
                add("fk(e.department) = :department", "department", filter.departmentId());
            }
            if (!filter.statuses().isEmpty()) {
                in("e.status", "status", filter.statuses().stream().sorted().toList());
            }
            flag("specialCare", filter.specialCare());
            flag("myNumber", filter.myNumber());
            flag("retainedPersonalData", filter.retainedPersonalData());
            flag("unacceptedHighRisk", filter.unacceptedHighRisk());
            if (filter.reviewOverdue()) {
                add("e.status = :inUse", "inUse", LedgerStatus.ACTIVE);
                add("e.nextReviewDate < :today", "today", today);
            }
        }

        void add(String condition, String parameter, Object value) {
            conditions.add(condition);
            parameters.put(parameter, value);
        }

        /**
         * One scalar parameter per value rather than a list parameter: Hibernate reuses a
         * query's translation only when no parameter is multi-valued.
         */
        private void in(String path, String name, List<?> values) {
            List<String> names = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                names.add(":" + name + i);
                parameters.put(name + i, values.get(i));
            }
            conditions.add(path + " in (" + String.join(", ", names) + ")");
        }

        private void flag(String attribute, Boolean wanted) {
            if (wanted != null) {
                add("e." + attribute + " = :" + attribute, attribute, wanted);
            }
        }

        String clause() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }

        <T> TypedQuery<T> bind(TypedQuery<T> query) {
            parameters.forEach(query::setParameter);
            return query;
        }
    }
}
