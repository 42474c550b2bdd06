package jp.mamori.shared.persistence;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * An editable record that arrives by the thousand (a ledger import): its id is taken from the
 * table's sequence {@code <table>_id_seq} in blocks of 50 ({@link TableSequenceNaming}, pooled-lo),
 * so that Hibernate can send the inserts in JDBC batches, which an identity column forbids.
 * Rows inserted by plain SQL draw from the same sequence and never collide.
 */
@MappedSuperclass
public abstract class BulkVersionedEntity extends VersionedRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @Override
    public Long getId() {
        return id;
    }
}
