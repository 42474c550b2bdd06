package jp.mamori.consignee.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.time.LocalDate;
import jp.mamori.consignee.Certification;
import jp.mamori.consignee.CertificationKind;
import jp.mamori.consignee.ConsigneeService;
import jp.mamori.shared.ui.Feedback;
import jp.mamori.shared.ui.LabelledSelect;
import jp.mamori.shared.ui.Registers;

/**
 * A consignee's certifications. Picking one loads it into the form below: renewing means
 * entering the new expiry there.
 */
class CertificationsTab extends VerticalLayout {

    private final ConsigneeService consignees;
    private final long consigneeId;
    private final Grid<Certification> grid = new Grid<>();
    private final Binder<Certification> binder = new Binder<>();
    private final HorizontalLayout form;

    CertificationsTab(ConsigneeService consignees, long consigneeId, LocalDate today) {
        this.consignees = consignees;
        this.consigneeId = consigneeId;
        boolean keeper = ConsigneeBadges.mayKeep();
        grid.addColumn(c -> getTranslation(c.getKind().labelKey())).setHeader(getTranslation("consignee.certification.kind"));
        grid.addColumn(Certification::getNumber).setHeader(getTranslation("consignee.certification.number"));
        grid.addComponentColumn(c -> Registers.dueDate(c.getExpiresOn(), c.isLapsed(today), "consignee.certification.lapsed"))
                .setHeader(getTranslation("consignee.certification.expiresOn"));
        if (keeper) {
            grid.addComponentColumn(c -> {
                Button remove = new Button(getTranslation("consignee.certification.remove"), click -> {
                    if (Feedback.attempt(() -> consignees.removeCertification(c.getId()))) {
                        refresh();
                    }
                });
                remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
                return remove;
            }).setAutoWidth(true).setFlexGrow(0);
            grid.asSingleSelect().addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    binder.setBean(e.getValue());
                }
            });
        }
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("consignee.certification.empty"));
        grid.setId("consignee-certifications");

        LabelledSelect<CertificationKind> kind = new LabelledSelect<>("consignee.certification.kind", CertificationKind.values());
        kind.setId("certification-kind");
        TextField number = new TextField(getTranslation("consignee.certification.number"));
        number.setMaxLength(100);
        number.setId("certification-number");
        DatePicker expiresOn = new DatePicker(getTranslation("consignee.certification.expiresOn"));
        expiresOn.setId("certification-expires");
        binder.forField(kind).asRequired(getTranslation("validation.required"))
                .bind(Certification::getKind, Certification::setKind);
        binder.forField(number).bind(Certification::getNumber, Certification::setNumber);
        binder.forField(expiresOn).asRequired(getTranslation("validation.required"))
                .bind(Certification::getExpiresOn, Certification::setExpiresOn);
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("certification-save");
        Button cancel = new Button(getTranslation("action.cancel"), click -> reset());
        form = new HorizontalLayout(kind, number, expiresOn, save, cancel);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        save.addClickShortcut(Key.ENTER).listenOn(form);
        cancel.addClickShortcut(Key.ESCAPE).listenOn(form);
        form.setVisible(keeper);
        add(grid, form);
        setPadding(false);
        refresh();
    }

    private void save() {
        Certification certification = binder.getBean();
        if (certification == null || !binder.validate().isOk()) {
            return;
        }
        if (Feedback.attempt(() -> consignees.saveCertification(certification)) != null) {
            Feedback.success("common.saved");
            refresh();
        }
    }

    private void reset() {
        grid.deselectAll();
        binder.setBean(ConsigneeBadges.mayKeep() ? consignees.newCertification(consigneeId) : null);
    }

    private void refresh() {
        grid.setItems(consignees.certifications(consigneeId));
        reset();
    }
}
