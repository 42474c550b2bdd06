package jp.mamori.consignee.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import jp.mamori.consignee.Consignee;
import jp.mamori.consignee.ConsigneeStatus;
import jp.mamori.shared.security.CurrentUser;
import jp.mamori.shared.security.Role;

/** The status badge of a consignee, and who may change the register. */
final class ConsigneeBadges {

    private ConsigneeBadges() {
    }

    static Badge status(Component owner, Consignee consignee) {
        Badge badge = new Badge(owner.getTranslation(consignee.getStatus().labelKey()));
        badge.addThemeVariants(consignee.acceptsNewConsignment() ? BadgeVariant.SUCCESS
                : consignee.getStatus() == ConsigneeStatus.CANDIDATE ? BadgeVariant.CONTRAST : BadgeVariant.ERROR);
        return badge;
    }

    /** Privacy managers and administrators keep the register; auditors and top management read it. */
    static boolean mayKeep() {
        return CurrentUser.require().hasAnyRole(Role.ADMIN, Role.PRIVACY_MANAGER);
    }
}
