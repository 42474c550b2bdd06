package jp.mamori.reminder.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.shared.Registration;
import java.util.Optional;
import jp.mamori.reminder.NotificationService;
import jp.mamori.shared.ui.HeaderWidget;

/** The bell in the header: the unread count, and a click leads to the notification centre. */
@org.springframework.stereotype.Component
class NotificationBell implements HeaderWidget {

    private final NotificationService notifications;

    NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public Optional<Component> create() {
        return Optional.of(new Bell(notifications));
    }

    /** Refreshes its count on every navigation and when notifications are read. */
    static final class Bell extends Button implements AfterNavigationObserver {

        private final NotificationService notifications;
        private final Span badge = new Span();
        private Registration readListener;

        Bell(NotificationService notifications) {
            super(VaadinIcon.BELL.create());
            this.notifications = notifications;
            setId("notification-bell");
            addThemeVariants(ButtonVariant.TERTIARY);
            badge.setId("notification-unread");
            badge.getElement().getThemeList().add("badge error primary small pill");
            setSuffixComponent(badge);
            addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(NotificationsView.ROUTE)));
            addAttachListener(attach -> {
                refresh();
                readListener = ComponentUtil.addListener(attach.getUI(), UnreadCountChanged.class, event -> refresh());
            });
            addDetachListener(detach -> readListener.remove());
        }

        @Override
        public void afterNavigation(AfterNavigationEvent event) {
            refresh();
        }

        void refresh() {
            long unread = notifications.unreadCount();
            badge.setText(unread > 99 ? "99+" : String.valueOf(unread));
            badge.setVisible(unread > 0);
            String label = getTranslation("reminder.bell.label", unread);
            setAriaLabel(label);
            setTooltipText(label);
        }
    }
}
