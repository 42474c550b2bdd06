package jp.mamori.reminder.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.LocalDate;
import jp.mamori.reminder.Notification;
import jp.mamori.reminder.NotificationFilter;
import jp.mamori.reminder.NotificationService;
import jp.mamori.reminder.NotificationTexts;
import jp.mamori.reminder.Severity;
import jp.mamori.shared.time.JapaneseDates;
import jp.mamori.shared.ui.Feedback;
import jp.mamori.shared.ui.MainLayout;
import jp.mamori.shared.ui.NavGroup;
import jp.mamori.shared.ui.NavigationEntry;

/** The notification centre: one's own reminders, filtered, marked read, and a way to the record. */
@Route(value = NotificationsView.ROUTE, layout = MainLayout.class)
@PermitAll
@NavigationEntry(group = NavGroup.NOTIFICATIONS, label = "nav.notifications", order = 10)
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    static final String ROUTE = "notifications";

    private final NotificationService notifications;
    private final NotificationTexts texts;
    private final LocalDate today;
    private final Grid<Notification> grid = new Grid<>();
    private final Select<Boolean> readFilter = new Select<>();
    private final ComboBox<String> kindFilter = new ComboBox<>();
    private final ComboBox<Severity> severityFilter = new ComboBox<>();

    public NotificationsView(NotificationService notifications, NotificationTexts texts, Clock clock) {
        this.notifications = notifications;
        this.texts = texts;
        this.today = LocalDate.ofInstant(clock.instant(), JapaneseDates.TOKYO);
        setSizeFull();

        readFilter.setItems(Boolean.TRUE, Boolean.FALSE);
        readFilter.setItemLabelGenerator(unread -> getTranslation(unread ? "reminder.filter.unread" : "reminder.filter.all"));
        readFilter.setValue(Boolean.TRUE);
        readFilter.setAriaLabel(getTranslation("reminder.filter.state"));
        readFilter.setId("notification-read-filter");
        kindFilter.setPlaceholder(getTranslation("reminder.kind"));
        kindFilter.setAriaLabel(getTranslation("reminder.kind"));
        kindFilter.setItems(notifications.myKinds());
        kindFilter.setItemLabelGenerator(kind -> texts.kindLabel(getLocale(), kind));
        kindFilter.setClearButtonVisible(true);
        kindFilter.setId("notification-kind-filter");
        severityFilter.setPlaceholder(getTranslation("reminder.severity"));
        severityFilter.setAriaLabel(getTranslation("reminder.severity"));
        severityFilter.setItems(Severity.values());
        severityFilter.setItemLabelGenerator(severity -> getTranslation(severity.labelKey()));
        severityFilter.setClearButtonVisible(true);
        severityFilter.setId("notification-severity-filter");
        readFilter.addValueChangeListener(event -> refresh());
        kindFilter.addValueChangeListener(event -> refresh());
        severityFilter.addValueChangeListener(event -> refresh());

        Button markRead = new Button(getTranslation("reminder.markRead"), VaadinIcon.CHECK.create(), click -> markSelectedRead());
        markRead.setId("notification-mark-read");
        Button markAllRead = new Button(getTranslation("reminder.markAllRead"), VaadinIcon.CHECK_SQUARE_O.create(), click -> {
            int count = notifications.markAllRead();
            Feedback.success("reminder.markedRead", count);
            changed();
        });
        markAllRead.setId("notification-mark-all-read");
        Checkbox digest = new Checkbox(getTranslation("reminder.digest"), notifications.dailyDigest());
        digest.setTooltipText(getTranslation("reminder.digest.help"));
        digest.setId("notification-digest");
        digest.addValueChangeListener(event -> {
            if (event.isFromClient() && Feedback.attempt(() -> notifications.setDailyDigest(event.getValue()))) {
                Feedback.success(event.getValue() ? "reminder.digest.on" : "reminder.digest.off");
            }
        });

        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addComponentColumn(this::state).setHeader(getTranslation("reminder.column.state")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(n -> JapaneseDates.iso(n.getFireDate())).setHeader(getTranslation("reminder.column.date"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(n -> texts.headline(getLocale(), n.getKind(), n.getSubject(), n.getDueDate(), today))
                .setHeader(getTranslation("reminder.column.notification")).setFlexGrow(4);
        grid.addColumn(n -> texts.stageLabel(getLocale(), n.getStage())).setHeader(getTranslation("reminder.column.stage"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::severity).setHeader(getTranslation("reminder.severity")).setAutoWidth(true);
        grid.addColumn(n -> getTranslation(n.getRecipientRole().labelKey())).setHeader(getTranslation("reminder.column.role"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::openButton).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("reminder.empty"));
        grid.setId("notification-grid");
        grid.setItems(query -> notifications.mine(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) notifications.countMine(filter()));

        HorizontalLayout toolbar = new HorizontalLayout(readFilter, kindFilter, severityFilter, markRead, markAllRead, digest);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        add(toolbar);
        addAndExpand(grid);
    }

    private Component state(Notification notification) {
        Span state = new Span(getTranslation(notification.isRead() ? "reminder.state.read" : "reminder.state.unread"));
        if (!notification.isRead()) {
            state.getElement().getThemeList().add("badge primary");
        }
        state.setTitle(notification.isRead()
                ? JapaneseDates.dateTime(notification.getReadAt()) : "");
        return state;
    }

    private Component severity(Notification notification) {
        Span badge = new Span(getTranslation(notification.getSeverity().labelKey()));
        badge.getElement().getThemeList().add(switch (notification.getSeverity()) {
            case CRITICAL -> "badge error primary";
            case HIGH -> "badge error";
            case NORMAL -> "badge";
            case INFO -> "badge contrast";
        });
        return badge;
    }

    private Component openButton(Notification notification) {
        Button open = new Button(getTranslation("reminder.open"), VaadinIcon.ARROW_RIGHT.create(), click -> {
            notifications.markRead(notification.getId());
            UnreadCountChanged.fire();
            getUI().ifPresent(ui -> ui.navigate(notification.getLink()));
        });
        open.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        open.setVisible(notification.getLink() != null);
        open.setId("notification-open-" + notification.getId());
        return open;
    }

    private void markSelectedRead() {
        int count = 0;
        for (Notification notification : grid.getSelectedItems()) {
            notifications.markRead(notification.getId());
            count++;
        }
        Feedback.success("reminder.markedRead", count);
        changed();
    }

    private void changed() {
        grid.deselectAll();
        refresh();
        UnreadCountChanged.fire();
    }

    private NotificationFilter filter() {
        return new NotificationFilter(Boolean.TRUE.equals(readFilter.getValue()), kindFilter.getValue(),
                severityFilter.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.notifications");
    }
}
