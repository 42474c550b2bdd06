package jp.mamori.shared.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.util.Objects;
import org.hibernate.Hibernate;

/**
 * Base of every editable record: an optimistic-lock version, so that two people saving the
 * same record never overwrite each other silently. How the id is numbered is the subclass's
 * choice ({@link VersionedEntity} or {@link BulkVersionedEntity}).
 */
@MappedSuperclass
public abstract class VersionedRecord {

    @Version
    @Column(nullable = false)
    private long version;

    public abstract Long getId();

    public long getVersion() {
        return version;
    }

    public boolean isNew() {
        return getId() == null;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        // Hibernate proxies are subclasses: compare the real entity classes and ids.
        if (!(other instanceof VersionedRecord that) || Hibernate.getClass(this) != Hibernate.getClass(that)) {
            return false;
        }
        return getId() != null && Objects.equals(getId(), that.getId());
    }

    @Override
    public int hashCode() {
        return Hibernate.getClass(this).hashCode();
    }
}
