package jp.mamori.training;

import jp.mamori.shared.i18n.Labelled;

/** Who an assignment rule reaches. */
public enum RuleScope implements Labelled {
    ALL, DEPARTMENT, ROLE, NEW_HIRES;

    @Override
    public String labelKey() {
        return "training.scope." + name();
    }
}
