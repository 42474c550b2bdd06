package jp.mamori.policy;

import jp.mamori.shared.i18n.Labelled;

/** What a policy document is; the external privacy policy is the one the public notice publishes. */
public enum PolicyKind implements Labelled {
    EXTERNAL_PRIVACY_POLICY, INTERNAL_PRIVACY_POLICY, INTERNAL_RULES, PROCEDURE;

    @Override
    public String labelKey() {
        return "policy.kind." + name();
    }
}
