package jp.mamori.reminder.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import jp.mamori.reminder.LeadTime;
import jp.mamori.reminder.NotificationDelivery;
import jp.mamori.reminder.NotificationTexts;
import jp.mamori.reminder.RecipientDirectory;
import jp.mamori.reminder.ReminderAdminService;
import jp.mamori.reminder.ReminderSchedule;
import jp.mamori.reminder.SweepResult;
import jp.mamori.reminder.SweepRun;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.time.JapaneseDates;
import jp.mamori.shared.ui.Feedback;
import jp.mamori.shared.ui.MainLayout;
import jp.mamori.shared.ui.NavGroup;
import jp.mamori.shared.ui.NavigationEntry;

/** The reminder engine for administrators: schedule, run now, lead times, sweep history and mail delivery. */
@Route(value = "admin/reminders", layout = MainLayout.class)
@RolesAllowed(Role.Names.ADMIN)
@NavigationEntry(group = NavGroup.ADMINISTRATION, label = "nav.reminderAdmin", order = 50)
public class ReminderAdminView extends VerticalLayout implements HasDynamicTitle {

    private final ReminderAdminService admin;
    private final NotificationTexts texts;
    private final RecipientDirectory directory;
    private final Grid<SweepRun> sweeps = new Grid<>();
    private final Grid<LeadTime> leadTimes = new Grid<>();
    private final Grid<NotificationDelivery> deliveries = new Grid<>();
    private final Select<Boolean> problemsOnly = new Select<>();
    private final Span nextRun = new Span();
    private ReminderSchedule schedule;

    public ReminderAdminView(ReminderAdminService admin, NotificationTexts texts, RecipientDirectory directory) {
        this.admin = admin;
        this.texts = texts;
        this.directory = directory;
        setSizeFull();
        TabSheet tabs = new TabSheet();
        tabs.setSizeFull();
        tabs.add(getTranslation("reminder.admin.schedule"), scheduleTab());
        tabs.add(getTranslation("reminder.admin.leadTimes"), leadTimesTab());
        tabs.add(getTranslation("reminder.admin.mail"), mailTab());
        add(tabs);
    }

    private Component scheduleTab() {
        schedule = admin.schedule();
        TextField cron = new TextField(getTranslation("reminder.schedule.cron"));
        cron.setValue(schedule.getSweepCron());
        cron.setHelperText(getTranslation("reminder.schedule.help"));
        cron.setWidth("24rem");
        cron.setId("reminder-cron");
        Button save = new Button(getTranslation("action.save"), click -> {
            ReminderSchedule saved = Feedback.attempt(() -> admin.changeSchedule(cron.getValue(), schedule.getVersion()));
            if (saved != null) {
                schedule = saved;
                Feedback.success("common.saved");
                showNextRun();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setId("reminder-cron-save");
        showNextRun();
        nextRun.setId("reminder-next-run");

        Button sweepNow = new Button(getTranslation("reminder.sweep.now"), VaadinIcon.PLAY.create(), click -> {
            SweepResult result = Feedback.attempt(admin::sweepNow);
            if (result != null) {
                Feedback.success("reminder.sweep.done", result.obligations(), result.candidates(), result.created(),
                        result.duration().toMillis());
            }
            sweeps.getDataProvider().refreshAll();
        });
        sweepNow.setDisableOnClick(true);
        sweepNow.addClickListener(click -> sweepNow.setEnabled(true));
        sweepNow.setId("reminder-sweep-now");

        sweeps.addColumn(run -> time(run.getStartedAt())).setHeader(getTranslation("reminder.sweep.startedAt")).setAutoWidth(true);
        sweeps.addColumn(run -> JapaneseDates.iso(run.getSweepDate())).setHeader(getTranslation("reminder.sweep.date")).setAutoWidth(true);
        sweeps.addColumn(run -> getTranslation(run.getTrigger().labelKey())).setHeader(getTranslation("reminder.sweep.trigger")).setAutoWidth(true);
        sweeps.addColumn(run -> getTranslation(run.getStatus().labelKey())).setHeader(getTranslation("reminder.sweep.status")).setAutoWidth(true);
        sweeps.addColumn(SweepRun::getObligations).setHeader(getTranslation("reminder.sweep.obligations")).setAutoWidth(true);
        sweeps.addColumn(SweepRun::getCandidates).setHeader(getTranslation("reminder.sweep.candidates")).setAutoWidth(true);
        sweeps.addColumn(SweepRun::getCreated).setHeader(getTranslation("reminder.sweep.created")).setAutoWidth(true);
        sweeps.addColumn(run -> run.duration() == null ? "" : getTranslation("reminder.sweep.millis", run.duration().toMillis()))
                .setHeader(getTranslation("reminder.sweep.duration")).setAutoWidth(true);
        sweeps.addColumn(SweepRun::getNode).setHeader(getTranslation("reminder.sweep.node")).setAutoWidth(true);
        sweeps.addColumn(SweepRun::getError).setHeader(getTranslation("reminder.sweep.error")).setFlexGrow(2);
        sweeps.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        sweeps.setEmptyStateText(getTranslation("reminder.sweep.empty"));
        sweeps.setId("reminder-sweeps");
        sweeps.setItems(query -> admin.sweeps(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) admin.sweepCount());

        HorizontalLayout scheduleRow = new HorizontalLayout(cron, save, sweepNow);
        scheduleRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        VerticalLayout tab = new VerticalLayout(scheduleRow, nextRun, sweeps);
        tab.setSizeFull();
        tab.setPadding(false);
        tab.expand(sweeps);
        return tab;
    }

    private void showNextRun() {
        nextRun.setText(getTranslation("reminder.schedule.next", admin.nextSweep().map(this::time).orElse("—")));
    }

    private Component leadTimesTab() {
        leadTimes.addColumn(leadTime -> leadTime.isDefault() ? getTranslation("reminder.leadTime.default")
                        : texts.kindLabel(getLocale(), leadTime.getKind()) + " (" + leadTime.getKind() + ")")
                .setHeader(getTranslation("reminder.kind")).setFlexGrow(2);
        leadTimes.addColumn(leadTime -> leadTime.leadTimes().daysText()).setHeader(getTranslation("reminder.leadTime.daysBefore"));
        leadTimes.addColumn(leadTime -> leadTime.leadTimes().overdueEveryDays())
                .setHeader(getTranslation("reminder.leadTime.overdueEvery"));
        leadTimes.addComponentColumn(this::leadTimeActions).setAutoWidth(true).setFlexGrow(0);
        leadTimes.addThemeVariants(GridVariant.LUMO_COMPACT);
        leadTimes.setAllRowsVisible(true);
        leadTimes.setId("reminder-lead-times");
        refreshLeadTimes();
        Button add = new Button(getTranslation("reminder.leadTime.add"), VaadinIcon.PLUS.create(),
                click -> new LeadTimeDialog(admin, texts, null, this::refreshLeadTimes).open());
        add.setId("reminder-lead-time-add");
        VerticalLayout tab = new VerticalLayout(new Paragraph(getTranslation("reminder.leadTime.help")), add, leadTimes);
        tab.setPadding(false);
        return tab;
    }

    private Component leadTimeActions(LeadTime leadTime) {
        Button edit = new Button(VaadinIcon.EDIT.create(),
                click -> new LeadTimeDialog(admin, texts, leadTime, this::refreshLeadTimes).open());
        edit.setAriaLabel(getTranslation("reminder.leadTime.edit"));
        edit.addThemeVariants(ButtonVariant.TERTIARY);
        edit.setId("reminder-lead-time-edit-" + leadTime.getKind());
        HorizontalLayout actions = new HorizontalLayout(edit);
        if (!leadTime.isDefault()) {
            Button delete = new Button(VaadinIcon.TRASH.create(), click -> {
                if (Feedback.attempt(() -> admin.deleteLeadTime(leadTime.getId()))) {
                    refreshLeadTimes();
                }
            });
            delete.setAriaLabel(getTranslation("reminder.leadTime.delete"));
            delete.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            actions.add(delete);
        }
        return actions;
    }

    private void refreshLeadTimes() {
        leadTimes.setItems(admin.leadTimes());
    }

    private Component mailTab() {
        Span configured = new Span(getTranslation(admin.mailConfigured() ? "reminder.mail.configured" : "reminder.mail.notConfigured"));
        configured.getElement().getThemeList().add(admin.mailConfigured() ? "badge success" : "badge error");
        configured.setId("reminder-mail-configured");
        problemsOnly.setItems(Boolean.TRUE, Boolean.FALSE);
        problemsOnly.setItemLabelGenerator(problems -> getTranslation(problems ? "reminder.delivery.problems" : "reminder.delivery.all"));
        problemsOnly.setValue(Boolean.TRUE);
        problemsOnly.setAriaLabel(getTranslation("reminder.delivery.filter"));
        problemsOnly.addValueChangeListener(event -> deliveries.getDataProvider().refreshAll());
        Button retryAll = new Button(getTranslation("reminder.delivery.retryAll"), VaadinIcon.REFRESH.create(), click -> {
            Integer count = Feedback.attempt(admin::retryAllProblems);
            if (count != null) {
                Feedback.success("reminder.delivery.retried", count);
                deliveries.getDataProvider().refreshAll();
            }
        });
        retryAll.setId("reminder-delivery-retry-all");

        deliveries.addColumn(d -> time(d.getNotification().getCreatedAt())).setHeader(getTranslation("reminder.delivery.createdAt")).setAutoWidth(true);
        deliveries.addColumn(d -> directory.recipient(d.getRecipientId()).map(RecipientDirectory.Recipient::displayName)
                .orElse("#" + d.getRecipientId())).setHeader(getTranslation("reminder.delivery.recipient")).setAutoWidth(true);
        deliveries.addColumn(d -> d.getNotification().getSubject()).setHeader(getTranslation("reminder.delivery.subject")).setFlexGrow(2);
        deliveries.addColumn(d -> getTranslation(d.getStatus().labelKey())
                + (d.isDigest() ? " (" + getTranslation("reminder.delivery.digest") + ")" : ""))
                .setHeader(getTranslation("reminder.delivery.status")).setAutoWidth(true);
        deliveries.addColumn(NotificationDelivery::getAttempts).setHeader(getTranslation("reminder.delivery.attempts")).setAutoWidth(true);
        deliveries.addColumn(d -> time(d.getNextAttemptAt())).setHeader(getTranslation("reminder.delivery.nextAttempt")).setAutoWidth(true);
        deliveries.addColumn(NotificationDelivery::getLastError).setHeader(getTranslation("reminder.delivery.reason")).setFlexGrow(3);
        deliveries.addComponentColumn(this::retryButton).setAutoWidth(true).setFlexGrow(0);
        deliveries.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        deliveries.setEmptyStateText(getTranslation("reminder.delivery.empty"));
        deliveries.setId("reminder-deliveries");
        deliveries.setItems(query -> admin.deliveries(Boolean.TRUE.equals(problemsOnly.getValue()),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) admin.deliveryCount(Boolean.TRUE.equals(problemsOnly.getValue())));

        HorizontalLayout toolbar = new HorizontalLayout(configured, problemsOnly, retryAll);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        VerticalLayout tab = new VerticalLayout(toolbar, deliveries);
        tab.setSizeFull();
        tab.setPadding(false);
        tab.expand(deliveries);
        return tab;
    }

    private Component retryButton(NotificationDelivery delivery) {
        Button retry = new Button(getTranslation("reminder.delivery.retry"), click -> {
            Boolean done = Feedback.attempt(() -> admin.retry(delivery.getNotificationId()));
            if (Boolean.TRUE.equals(done)) {
                Feedback.success("reminder.delivery.retried", 1);
                deliveries.getDataProvider().refreshAll();
            }
        });
        retry.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        retry.setVisible(delivery.getStatus().isProblem());
        return retry;
    }

    private String time(Instant instant) {
        return instant == null ? "" : JapaneseDates.dateTime(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reminderAdmin");
    }
}
