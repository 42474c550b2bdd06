package jp.mamori.audit.ui;

import com.vaadin.flow.component.html.Span;
import jp.mamori.audit.AuditStatus;
import jp.mamori.audit.CorrectiveActionStatus;
import jp.mamori.audit.FindingGrade;
import jp.mamori.shared.i18n.Labelled;

/** Small coloured labels for states and grades, styled by styles/audit.css. */
final class AuditBadges {

    private AuditBadges() {
    }

    static Span status(AuditStatus status) {
        return badge(status, "audit-badge-" + status.name().toLowerCase().replace('_', '-'));
    }

    static Span grade(FindingGrade grade) {
        return badge(grade, grade.isNonconformity() ? "audit-badge-nonconformity" : "audit-badge-observation");
    }

    static Span action(CorrectiveActionStatus status) {
        return badge(status, status == CorrectiveActionStatus.CLOSED ? "audit-badge-closed" : "audit-badge-running");
    }

    private static Span badge(Labelled value, String variant) {
        Span badge = new Span();
        badge.setText(badge.getTranslation(value.labelKey()));
        badge.addClassNames("audit-badge", variant);
        return badge;
    }
}
