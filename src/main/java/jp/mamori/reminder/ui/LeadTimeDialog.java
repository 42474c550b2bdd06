package jp.mamori.reminder.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import jp.mamori.reminder.LeadTime;
import jp.mamori.reminder.LeadTimes;
import jp.mamori.reminder.NotificationTexts;
import jp.mamori.reminder.ReminderAdminService;
import jp.mamori.shared.ui.Feedback;

/** Adds a kind's lead times, or changes an existing row's. */
class LeadTimeDialog extends Dialog {

    /** The form's values while editing. */
    static final class Form {
        private String kind = "";
        private String daysBefore = LeadTimes.DEFAULT.daysText();
        private Integer overdueEveryDays = LeadTimes.DEFAULT.overdueEveryDays();

        String getKind() {
            return kind;
        }

        void setKind(String kind) {
            this.kind = kind;
        }

        String getDaysBefore() {
            return daysBefore;
        }

        void setDaysBefore(String daysBefore) {
            this.daysBefore = daysBefore;
        }

        Integer getOverdueEveryDays() {
            return overdueEveryDays;
        }

        void setOverdueEveryDays(Integer overdueEveryDays) {
            this.overdueEveryDays = overdueEveryDays;
        }
    }

    LeadTimeDialog(ReminderAdminService admin, NotificationTexts texts, LeadTime existing, Runnable afterSave) {
        setHeaderTitle(getTranslation(existing == null ? "reminder.leadTime.add" : "reminder.leadTime.edit"));
        Form form = new Form();
        if (existing != null) {
            form.setKind(existing.getKind());
            form.setDaysBefore(existing.leadTimes().daysText());
            form.setOverdueEveryDays(existing.leadTimes().overdueEveryDays());
        }
        ComboBox<String> kind = new ComboBox<>(getTranslation("reminder.kind"));
        List<String> known = admin.knownKinds();
        kind.setItems(known);
        kind.setAllowCustomValue(true);
        kind.addCustomValueSetListener(event -> kind.setValue(event.getDetail()));
        kind.setItemLabelGenerator(code -> LeadTime.DEFAULT_KIND.equals(code) ? getTranslation("reminder.leadTime.default")
                : texts.kindLabel(getLocale(), code) + " (" + code + ")");
        kind.setReadOnly(existing != null);
        kind.setId("lead-time-kind");
        TextField days = new TextField(getTranslation("reminder.leadTime.daysBefore"));
        days.setHelperText(getTranslation("reminder.leadTime.daysHelp"));
        days.setId("lead-time-days");
        IntegerField every = new IntegerField(getTranslation("reminder.leadTime.overdueEvery"));
        every.setMin(1);
        every.setMax(LeadTimes.MAX_OVERDUE_EVERY);
        every.setStepButtonsVisible(true);
        every.setId("lead-time-every");

        Binder<Form> binder = new Binder<>();
        binder.forField(kind).asRequired(getTranslation("validation.required"))
                .withValidator(code -> existing != null || code.matches("[a-z0-9][a-z0-9._-]{0,63}"),
                        getTranslation("reminder.leadTime.invalidKind"))
                .bind(Form::getKind, Form::setKind);
        binder.forField(days).asRequired(getTranslation("validation.required"))
                .withValidator(text -> text.strip().matches("\\d{1,3}(\\s*[,、]\\s*\\d{1,3})*"),
                        getTranslation("reminder.leadTime.invalidDays", LeadTimes.MAX_DAYS_BEFORE))
                .bind(Form::getDaysBefore, Form::setDaysBefore);
        binder.forField(every).asRequired(getTranslation("validation.required"))
                .withValidator(value -> value >= 1 && value <= LeadTimes.MAX_OVERDUE_EVERY,
                        getTranslation("reminder.leadTime.invalidEvery", LeadTimes.MAX_OVERDUE_EVERY))
                .bind(Form::getOverdueEveryDays, Form::setOverdueEveryDays);
        binder.setBean(form);

        Button save = new Button(getTranslation("action.save"), click -> {
            if (!binder.validate().isOk()) {
                return;
            }
            LeadTime saved = Feedback.attempt(() -> admin.saveLeadTime(existing == null ? null : existing.getId(),
                    existing == null ? null : existing.getVersion(), form.getKind(), form.getDaysBefore(),
                    form.getOverdueEveryDays()));
            if (saved != null) {
                Feedback.success("common.saved");
                afterSave.run();
                close();
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setId("lead-time-save");
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.addClickShortcut(Key.ESCAPE);
        add(new FormLayout(kind, days, every));
        getFooter().add(cancel, save);
    }
}
