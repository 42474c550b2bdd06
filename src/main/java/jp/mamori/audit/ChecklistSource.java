package jp.mamori.audit;

import jp.mamori.shared.i18n.Labelled;

/** Where a checklist question comes from: the safeguard catalogue or a clause of the standard. */
public enum ChecklistSource implements Labelled {
    SAFEGUARD, CLAUSE;

    @Override
    public String labelKey() {
        return "audit.checklist.source." + name();
    }
}
