package jp.mamori.ledger;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
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

    /** Each entry with everything the ledger sheet shows. */
    void forEachEntry(LedgerFilter filter, LedgerScope scope, LocalDate today, Consumer<LedgerEntry> action) {
        walk(filter, scope, today, action, ids -> {
            entries.fetchPurposes(ids);
            entries.fetchAccessDepartments(ids);
            entries.fetchAccessRoles(ids);
            entries.fetchConsignees(ids);
            entries.fetchRisks(ids);
        });
    }

    /** Each entry with its risks only, for the risk analysis. */
    void forEachWithRisks(LedgerFilter filter, LedgerScope scope, LocalDate today, Consumer<LedgerEntry> action) {
        walk(filter, scope, today, action, entries::fetchRisks);
    }

    private void walk(LedgerFilter filter, LedgerScope scope, LocalDate today, Consumer<LedgerEntry> action,
                      Consumer<List<Long>> loadCollections) {
        long after = 0;
        while (true) {
            List<Long> ids = queries.ids(filter, scope, today, after, SIZE);
            if (ids.isEmpty()) {
                return;
            }
            List<LedgerEntry> chunk = entries.findWithPeople(ids);
            loadCollections.accept(ids);
            chunk.stream().sorted(Comparator.comparing(LedgerEntry::getId)).forEach(action);
            after = ids.getLast();
            entityManager.clear();
        }
    }
}
