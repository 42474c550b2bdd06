package jp.mamori.shared.persistence;

import java.util.Map;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.QualifiedName;
import org.hibernate.boot.model.relational.QualifiedSequenceName;
import org.hibernate.id.PersistentIdentifierGenerator;
import org.hibernate.id.enhanced.ImplicitDatabaseObjectNamingStrategy;
import org.hibernate.id.enhanced.StandardNamingStrategy;
import org.hibernate.internal.util.config.ConfigurationHelper;
import org.hibernate.service.ServiceRegistry;

/**
 * A sequence-numbered entity draws from {@code <table>_id_seq}, the sequence that is also its
 * id column's default, so a table keeps one numbering whichever way a row is inserted.
 */
public class TableSequenceNaming implements ImplicitDatabaseObjectNamingStrategy {

    private final StandardNamingStrategy standard = new StandardNamingStrategy();

    @Override
    public QualifiedName determineSequenceName(Identifier catalogName, Identifier schemaName, Map<?, ?> configValues,
                                               ServiceRegistry serviceRegistry) {
        String table = ConfigurationHelper.getString(PersistentIdentifierGenerator.TABLE, configValues);
        return new QualifiedSequenceName(catalogName, schemaName, Identifier.toIdentifier(table + "_id_seq"));
    }

    @Override
    public QualifiedName determineTableName(Identifier catalogName, Identifier schemaName, Map<?, ?> configValues,
                                            ServiceRegistry serviceRegistry) {
        return standard.determineTableName(catalogName, schemaName, configValues, serviceRegistry);
    }
}
