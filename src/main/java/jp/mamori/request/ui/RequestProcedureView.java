package jp.mamori.request.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import jp.mamori.request.DayCount;
import jp.mamori.request.RequestProcedureService;
import jp.mamori.request.RequestProcedureSettings;
import jp.mamori.shared.history.HistoryService;
import jp.mamori.shared.security.CurrentUser;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.time.BusinessCalendar;
import jp.mamori.shared.time.JapaneseDates;
import jp.mamori.shared.ui.Feedback;
import jp.mamori.shared.ui.HistoryPanel;
import jp.mamori.shared.ui.LabelledSelect;
import jp.mamori.shared.ui.MainLayout;
import jp.mamori.shared.ui.NavGroup;
import jp.mamori.shared.ui.NavigationEntry;

/** The request procedure: response period, fee and retention of the papers; changed by the privacy manager. */
@Route(value = "request-procedure", layout = MainLayout.class)
@RolesAllowed({Role.Names.PRIVACY_MANAGER, Role.Names.AUDITOR, Role.Names.TOP_MANAGEMENT})
@NavigationEntry(group = NavGroup.REQUESTS_AND_INCIDENTS, label = "nav.requestProcedure", order = 40)
public class RequestProcedureView extends VerticalLayout implements HasDynamicTitle {

    private final RequestProcedureService procedures;
    private final Binder<RequestProcedureSettings> binder = new Binder<>();
    private final HistoryPanel history;
    private final Paragraph example = new Paragraph();
    private final BusinessCalendar calendar;
    private final Clock clock;

    public RequestProcedureView(RequestProcedureService procedures, HistoryService historyService,
                                BusinessCalendar calendar, Clock clock) {
        this.procedures = procedures;
        this.calendar = calendar;
        this.clock = clock;
        this.history = new HistoryPanel(historyService, RequestProcedureSettings.class);
        boolean editor = CurrentUser.require().hasRole(Role.PRIVACY_MANAGER);

        IntegerField days = new IntegerField(getTranslation("procedure.responseDays"));
        days.setMin(1);
        days.setMax(365);
        days.setStepButtonsVisible(true);
        days.setId("procedure-days");
        LabelledSelect<DayCount> dayCount = new LabelledSelect<>("request.dayCount", DayCount.values());
        dayCount.setId("procedure-day-count");
        IntegerField fee = new IntegerField(getTranslation("procedure.feeYen"));
        fee.setMin(0);
        fee.setId("procedure-fee");
        IntegerField retention = new IntegerField(getTranslation("procedure.retentionMonths"));
        retention.setMin(1);
        retention.setMax(120);
        retention.setStepButtonsVisible(true);
        retention.setId("procedure-retention");

        String required = getTranslation("validation.required");
        binder.forField(days).asRequired(required)
                .withValidator(value -> value >= 1 && value <= 365, getTranslation("request.validation.responseDays"))
                .bind(RequestProcedureSettings::getResponseDays, RequestProcedureSettings::setResponseDays);
        binder.forField(dayCount).asRequired(required)
                .bind(RequestProcedureSettings::getDayCount, RequestProcedureSettings::setDayCount);
        binder.forField(fee).asRequired(required)
                .withValidator(value -> value >= 0, getTranslation("request.validation.fee"))
                .bind(RequestProcedureSettings::getFeeYen, RequestProcedureSettings::setFeeYen);
        binder.forField(retention).asRequired(required)
                .withValidator(value -> value >= 1 && value <= 120, getTranslation("request.validation.retention"))
                .bind(RequestProcedureSettings::getRetentionMonths, RequestProcedureSettings::setRetentionMonths);
        binder.addValueChangeListener(event -> showExample());
        example.setId("procedure-example");

        Button save = new Button(getTranslation("action.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setId("procedure-save");
        save.setVisible(editor);
        FormLayout form = new FormLayout(days, dayCount, fee, retention);
        form.setMaxWidth("48rem");
        add(new Paragraph(getTranslation("procedure.help")), form, example, save, history);
        load();
        binder.getFields().forEach(field -> field.setReadOnly(!editor));
    }

    private void load() {
        RequestProcedureSettings settings = procedures.settings();
        binder.setBean(settings);
        history.show(settings.getId());
        showExample();
    }

    private void showExample() {
        RequestProcedureSettings settings = binder.getBean();
        if (settings != null && settings.getDayCount() != null && settings.getResponseDays() > 0) {
            LocalDate due = settings.toProcedure().responseDue(LocalDate.now(clock), calendar);
            example.setText(getTranslation("procedure.example", JapaneseDates.isoWithWareki(due, getLocale())));
        }
    }

    private void save() {
        if (!binder.validate().isOk()) {
            return;
        }
        if (Feedback.attempt(() -> procedures.save(binder.getBean())) != null) {
            Feedback.success("common.saved");
            load();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.requestProcedure");
    }
}
