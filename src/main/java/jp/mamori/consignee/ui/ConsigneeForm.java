package jp.mamori.consignee.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.Arrays;
import java.util.function.Consumer;
import jp.mamori.consignee.Consignee;
import jp.mamori.consignee.ConsigneeService;
import jp.mamori.consignee.ConsigneeStatus;
import jp.mamori.consignee.CorporateNumber;
import jp.mamori.shared.ui.Feedback;
import jp.mamori.shared.ui.LabelledSelect;

/** A consignee's own details: name, corporate number, address, contact, services, parent, status. */
class ConsigneeForm extends VerticalLayout {

    private final ConsigneeService consignees;
    private final Binder<Consignee> binder = new Binder<>();
    private final ComboBox<Consignee> parent = new ComboBox<>();
    private final LabelledSelect<ConsigneeStatus> status = new LabelledSelect<>("consignee.status");
    private final Button save = new Button();
    private final Consumer<Consignee> onSaved;
    private final Runnable onCancel;
    private Consignee editing;

    ConsigneeForm(ConsigneeService consignees, Consumer<Consignee> onSaved, Runnable onCancel) {
        this.consignees = consignees;
        this.onSaved = onSaved;
        this.onCancel = onCancel;
        TextField name = new TextField(getTranslation("consignee.name"));
        name.setId("consignee-name");
        name.setMaxLength(200);
        TextField corporateNumber = new TextField(getTranslation("consignee.corporateNumber"));
        corporateNumber.setId("consignee-corporate-number");
        corporateNumber.setHelperText(getTranslation("consignee.corporateNumber.help"));
        TextArea address = new TextArea(getTranslation("consignee.address"));
        address.setMaxLength(500);
        address.setId("consignee-address");
        TextArea contact = new TextArea(getTranslation("consignee.contact"));
        contact.setMaxLength(500);
        contact.setId("consignee-contact");
        TextArea services = new TextArea(getTranslation("consignee.services"));
        services.setMaxLength(2000);
        services.setId("consignee-services");
        parent.setLabel(getTranslation("consignee.parent"));
        parent.setHelperText(getTranslation("consignee.parent.help"));
        parent.setItemLabelGenerator(Consignee::getName);
        parent.setClearButtonVisible(true);
        parent.setId("consignee-parent");
        status.setId("consignee-status");
        Checkbox active = new Checkbox(getTranslation("common.active"));

        binder.forField(name).asRequired(getTranslation("validation.required"))
                .bind(Consignee::getName, Consignee::setName);
        binder.forField(corporateNumber)
                .withValidator(value -> value == null || value.isBlank() || CorporateNumber.isValid(CorporateNumber.normalise(value)),
                        getTranslation("consignee.validation.corporateNumber"))
                .bind(Consignee::getCorporateNumber, Consignee::setCorporateNumber);
        binder.forField(address).bind(Consignee::getAddress, Consignee::setAddress);
        binder.forField(contact).bind(Consignee::getContact, Consignee::setContact);
        binder.forField(services).bind(Consignee::getServices, Consignee::setServices);
        binder.forField(parent).bind(Consignee::getParent, Consignee::setParent);
        binder.forField(status).asRequired(getTranslation("validation.required"))
                .bind(Consignee::getStatus, Consignee::setStatus);
        binder.forField(active).bind(Consignee::isActive, Consignee::setActive);

        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(name, corporateNumber);
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(this);
        save.setId("consignee-save");
        save.addClickListener(click -> save());
        Button cancel = new Button(getTranslation("action.cancel"), click -> onCancel.run());
        cancel.addClickShortcut(Key.ESCAPE).listenOn(this);
        cancel.setId("consignee-cancel");
        FormLayout form = new FormLayout(name, corporateNumber, status, active, parent, address, contact, services);
        form.setColspan(services, 2);
        boolean keeper = ConsigneeBadges.mayKeep();
        binder.setReadOnly(!keeper);
        HorizontalLayout buttons = new HorizontalLayout(save, cancel);
        buttons.setVisible(keeper);
        add(form, buttons);
        setPadding(false);
    }

    void edit(Consignee consignee) {
        editing = consignee;
        parent.setItems(consignees.parentCandidates(consignee.getId()));
        status.setItems(Arrays.stream(ConsigneeStatus.values())
                .filter(choice -> choice.settableByHandFrom(consignee.getStatus())).toList());
        binder.setBean(consignee);
    }

    private void save() {
        if (editing == null || !binder.validate().isOk()) {
            return;
        }
        Consignee saved = Feedback.attempt(() -> consignees.save(editing));
        if (saved != null) {
            Feedback.success("common.saved");
            onSaved.accept(saved);
        }
    }
}
