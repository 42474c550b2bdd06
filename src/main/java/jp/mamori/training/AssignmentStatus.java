package jp.mamori.training;

import jp.mamori.shared.i18n.Labelled;

/**
 * Where an assignment stands. {@code PASSED} waits for the pledge; {@code FAILED} means the
 * allowed attempts are used up and the manager has been told.
 */
public enum AssignmentStatus implements Labelled {
    ASSIGNED, PASSED, COMPLETED, FAILED, EXEMPTED;

    /** Still owed by the worker. */
    public boolean isOpen() {
        return this == ASSIGNED || this == PASSED;
    }

    @Override
    public String labelKey() {
        return "training.status." + name();
    }
}
