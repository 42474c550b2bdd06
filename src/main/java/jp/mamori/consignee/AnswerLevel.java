package jp.mamori.consignee;

import jp.mamori.shared.i18n.Labelled;

/**
 * How far a consignee meets a criterion. Points are in halves of the weight so that the score
 * is exact integer arithmetic; a criterion that does not apply leaves the score's base.
 */
public enum AnswerLevel implements Labelled {
    MET(2),
    PARTLY(1),
    NOT_MET(0),
    NOT_APPLICABLE(0);

    private final int halves;

    AnswerLevel(int halves) {
        this.halves = halves;
    }

    int halves() {
        return halves;
    }

    public boolean counts() {
        return this != NOT_APPLICABLE;
    }

    @Override
    public String labelKey() {
        return "consignee.answer." + name();
    }
}
