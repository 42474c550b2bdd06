package jp.mamori.shared.ui;

import com.vaadin.flow.component.icon.VaadinIcon;
import jp.mamori.shared.i18n.Labelled;

/** The side navigation's groups, in the order a PMS is walked through. */
public enum NavGroup implements Labelled {
    HOME(VaadinIcon.HOME),
    POLICY(VaadinIcon.FILE_TEXT_O),
    LEDGER(VaadinIcon.BOOK),
    SAFEGUARDS(VaadinIcon.SHIELD),
    TRAINING(VaadinIcon.ACADEMY_CAP),
    CONSIGNEES(VaadinIcon.HANDSHAKE),
    REQUESTS_AND_INCIDENTS(VaadinIcon.ENVELOPE_OPEN),
    INTERNAL_AUDIT(VaadinIcon.CLIPBOARD_CHECK),
    REPORTS(VaadinIcon.FILE_TEXT),
    NOTIFICATIONS(VaadinIcon.BELL),
    ADMINISTRATION(VaadinIcon.COG);

    private final VaadinIcon icon;

    NavGroup(VaadinIcon icon) {
        this.icon = icon;
    }

    public VaadinIcon icon() {
        return icon;
    }

    @Override
    public String labelKey() {
        return "nav.group." + name();
    }
}
