package jp.mamori.consignee;

import jp.mamori.shared.i18n.Labelled;

/**
 * What a template assesses. A selection assessment decides the consignee's status and when it
 * is next re-evaluated; a contract-clause check records whether the contract covers what it must.
 */
public enum TemplateKind implements Labelled {
    SELECTION,
    CONTRACT;

    @Override
    public String labelKey() {
        return "consignee.template.kind." + name();
    }
}
