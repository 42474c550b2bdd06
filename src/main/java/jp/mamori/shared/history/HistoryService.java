package jp.mamori.shared.history;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import jp.mamori.shared.persistence.VersionedRecord;
import org.hibernate.Hibernate;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the Envers history of any audited record and works out which fields each revision
 * changed, so every feature gets a history panel without writing one.
 */
@Service
public class HistoryService {

    @PersistenceContext
    private EntityManager entityManager;

    @Transactional(readOnly = true)
    public List<Revision> history(Class<?> entityType, Object id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(entityType, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        EntityType<?> model = entityManager.getMetamodel().entity(entityType);
        List<Revision> revisions = new ArrayList<>();
        Object previous = null;
        for (Object[] row : rows) {
            Object state = row[0];
            RevisionInfo info = (RevisionInfo) row[1];
            RevisionType type = (RevisionType) row[2];
            Revision.Kind kind = switch (type) {
                case ADD -> Revision.Kind.CREATED;
                case MOD -> Revision.Kind.CHANGED;
                case DEL -> Revision.Kind.DELETED;
            };
            revisions.add(new Revision(info.getId(), info.getChangedAt(), info.getUsername(), kind,
                    changes(model, previous, state)));
            previous = state;
        }
        return revisions.reversed();
    }

    private static List<Revision.FieldChange> changes(EntityType<?> model, Object before, Object after) {
        List<Revision.FieldChange> changes = new ArrayList<>();
        for (Attribute<?, ?> attribute : model.getAttributes()) {
            if ("version".equals(attribute.getName()) || !(attribute.getJavaMember() instanceof Field field)) {
                continue;
            }
            String oldValue = before == null ? "" : describe(read(field, before));
            String newValue = after == null ? "" : describe(read(field, after));
            if (!Objects.equals(oldValue, newValue)) {
                changes.add(new Revision.FieldChange(attribute.getName(), oldValue, newValue));
            }
        }
        return changes;
    }

    private static Object read(Member member, Object target) {
        Field field = (Field) member;
        try {
            field.setAccessible(true);
            return field.get(target);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    private static String describe(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(HistoryService::describe).sorted().toList().toString();
        }
        Object real = Hibernate.unproxy(value);
        if (real instanceof HistoryLabel label) {
            return label.historyLabel();
        }
        if (real instanceof VersionedRecord entity) {
            return real.getClass().getSimpleName() + "#" + entity.getId();
        }
        return String.valueOf(real);
    }
}
