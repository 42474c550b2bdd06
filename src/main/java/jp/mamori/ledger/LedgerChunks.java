package jp.mamori.ledger;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;

/**
 * Walks a filtered ledger in id order, a chunk at a time, so that exports of any size stream
 * with flat memory: each chunk is read with a fixed number of queries and forgotten after use.
 */
@Component
class LedgerChunks {

    static final int SIZE = 500;

    private final LedgerQueries queries;
    private final LedgerEntryRepository entries;

    @PersistenceContext
    private EntityManager entityManager;

    LedgerChunks(LedgerQueries queries, LedgerEntryRepository entries) {
        this.queries = queries;
        this.entries = entries;
    }

    /** The collections a walk loads with each chunk; the others stay unloaded. */
    enum Part { PURPOSES, ACCESS, CONSIGNEES }

    /** A risk with what identifies its entry in a list of risks. */
    record EntryRisk(Long entryId, String reference, String name, RiskAssessment risk) {
    }

    /** Each entry of the filtered ledger with the given collections loaded. */
    void forEach(LedgerFilter filter, LedgerScope scope, LocalDate today, Set<Part> parts,
                 Consumer<LedgerEntry> action) {
        walk(filter, scope, today, action, ids -> {
            if (parts.contains(Part.PURPOSES)) {
                entries.fetchPurposes(ids);
            }
            if (parts.contains(Part.ACCESS)) {
                entries.fetchAccessDepartments(ids);
                entries.fetchAccessRoles(ids);
            }
            if (parts.contains(Part.CONSIGNEES)) {
                entries.fetchConsignees(ids);
            }
        });
    }

    /** Every risk of the filtered ledger: entries in id order, each entry's risks in lifecycle order. */
    void forEachRisk(LedgerFilter filter, LedgerScope scope, LocalDate today, Consumer<EntryRisk> action) {
        chunks(filter, scope, today, ids -> entries.findRisks(ids).stream()
                .sorted(Comparator.comparing(EntryRisk::entryId)
                        .thenComparing(EntryRisk::risk, RiskAssessment.LIFECYCLE_ORDER))
                .forEach(action));
    }

    private void walk(LedgerFilter filter, LedgerScope scope, LocalDate today, Consumer<LedgerEntry> action,
                      Consumer<List<Long>> loadCollections) {
        chunks(filter, scope, today, ids -> {
            List<LedgerEntry> chunk = entries.findWithPeople(ids);
            loadCollections.accept(ids);
            chunk.stream().sorted(Comparator.comparing(LedgerEntry::getId)).forEach(action);
        });
    }

    private void chunks(LedgerFilter filter, LedgerScope scope, LocalDate today, Consumer<List<Long>> each) {
        long after = 0;
        while (true) {
            List<Long> ids = queries.ids(filter, scope, today, after, SIZE);
            if (ids.isEmpty()) {
                return;
            }
            each.accept(ids);
            after = ids.getLast();
            entityManager.clear();
        }
    }
}
