package jp.mamori.ledger.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import jp.mamori.ledger.LedgerStatus;
import jp.mamori.ledger.RiskDecision;
import jp.mamori.ledger.RiskLevel;

/** The ledger's badges, so the flag and the levels look the same on every screen. */
final class LedgerBadges {

    private LedgerBadges() {
    }

    /** The "high residual risk not accepted" flag. */
    static Badge unacceptedHighRisk(Component context) {
        Badge badge = new Badge(context.getTranslation("ledger.flag.unacceptedHighRisk"),
                VaadinIcon.WARNING.create());
        badge.addThemeVariants(BadgeVariant.ERROR, BadgeVariant.FILLED);
        badge.getElement().setAttribute("title", context.getTranslation("ledger.flag.unacceptedHighRisk.help"));
        badge.addClassName("ledger-risk-flag");
        return badge;
    }

    static Badge reviewOverdue(Component context) {
        Badge badge = new Badge(context.getTranslation("ledger.flag.reviewOverdue"));
        badge.addThemeVariants(BadgeVariant.WARNING);
        return badge;
    }

    static Badge level(Component context, RiskLevel level) {
        Badge badge = new Badge(level == null ? "" : context.getTranslation(level.labelKey()));
        if (level != null) {
            badge.addThemeVariants(switch (level) {
                case HIGH -> BadgeVariant.ERROR;
                case MEDIUM -> BadgeVariant.WARNING;
                case LOW -> BadgeVariant.SUCCESS;
            });
        }
        return badge;
    }

    static Badge decision(Component context, RiskDecision decision) {
        Badge badge = new Badge(context.getTranslation(decision.labelKey()));
        badge.addThemeVariants(switch (decision) {
            case ACCEPTED -> BadgeVariant.SUCCESS;
            case REJECTED -> BadgeVariant.ERROR;
            case PENDING -> BadgeVariant.CONTRAST;
        });
        return badge;
    }

    static Badge status(Component context, LedgerStatus status) {
        Badge badge = new Badge(context.getTranslation(status.labelKey()));
        badge.addThemeVariants(switch (status) {
            case ACTIVE -> BadgeVariant.SUCCESS;
            case DRAFT -> BadgeVariant.CONTRAST;
            case RETIRED -> BadgeVariant.WARNING;
        });
        return badge;
    }
}
