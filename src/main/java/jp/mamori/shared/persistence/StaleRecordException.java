package jp.mamori.shared.persistence;

/**
 * Raised when a record was changed by someone else since it was loaded; the UI and the API
 * turn it into a visible conflict instead of overwriting the other person's change.
 */
public class StaleRecordException extends RuntimeException {

    public StaleRecordException(String recordDescription) {
        super("Record was modified concurrently: " + recordDescription);
    }

    /** Compares the version the client saw with the stored one before applying a change. */
    public static void check(VersionedRecord stored, long expectedVersion) {
        if (stored.getVersion() != expectedVersion) {
            throw new StaleRecordException(stored.getClass().getSimpleName() + "#" + stored.getId());
        }
    }
}
