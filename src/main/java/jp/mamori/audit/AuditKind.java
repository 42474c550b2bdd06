package jp.mamori.audit;

import jp.mamori.shared.i18n.Labelled;

/** An audit looks at one department, or at a process running through several. */
public enum AuditKind implements Labelled {
    DEPARTMENT, PROCESS;

    @Override
    public String labelKey() {
        return "audit.kind." + name();
    }
}
