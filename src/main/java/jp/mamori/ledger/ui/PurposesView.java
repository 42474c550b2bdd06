package jp.mamori.ledger.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.mamori.ledger.Purpose;
import jp.mamori.ledger.PurposeService;
import jp.mamori.shared.history.HistoryService;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.ui.Feedback;
import jp.mamori.shared.ui.HistoryPanel;
import jp.mamori.shared.ui.MainLayout;
import jp.mamori.shared.ui.NavGroup;
import jp.mamori.shared.ui.NavigationEntry;

/** The purposes of use, worded once for the ledger and the public notice. Privacy managers keep them. */
@Route(value = "purposes", layout = MainLayout.class)
@RolesAllowed(Role.Names.PRIVACY_MANAGER)
@NavigationEntry(group = NavGroup.LEDGER, label = "nav.purposes", order = 20)
public class PurposesView extends SplitLayout implements HasDynamicTitle {

    private final PurposeService purposes;
    private final Grid<Purpose> grid = new Grid<>();
    private final Binder<Purpose> binder = new Binder<>();
    private final HistoryPanel history;
    private final Button save = new Button();

    public PurposesView(PurposeService purposes, HistoryService historyService) {
        this.purposes = purposes;
        this.history = new HistoryPanel(historyService, Purpose.class);
        setSizeFull();
        setSplitterPosition(55);

        grid.addColumn(Purpose::getCategory).setHeader(getTranslation("field.Purpose.category")).setAutoWidth(true);
        grid.addColumn(Purpose::getTextJa).setHeader(getTranslation("field.Purpose.textJa")).setFlexGrow(3);
        grid.addColumn(Purpose::getTextEn).setHeader(getTranslation("field.Purpose.textEn")).setFlexGrow(2);
        grid.addColumn(p -> getTranslation(p.isActive() ? "common.yes" : "common.no"))
                .setHeader(getTranslation("common.active")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("ledger.purpose.empty"));
        grid.setId("purpose-grid");
        grid.asSingleSelect().addValueChangeListener(event -> edit(event.getValue()));
        Button add = new Button(getTranslation("ledger.purpose.add"), click -> {
            grid.deselectAll();
            edit(new Purpose());
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setId("purpose-add");
        VerticalLayout left = new VerticalLayout(new Paragraph(getTranslation("ledger.purpose.help")), add, grid);
        left.setSizeFull();
        left.expand(grid);

        TextArea textJa = new TextArea(getTranslation("field.Purpose.textJa"));
        textJa.setMaxLength(Purpose.MAX_TEXT);
        textJa.setId("purpose-text-ja");
        TextArea textEn = new TextArea(getTranslation("field.Purpose.textEn"));
        textEn.setMaxLength(Purpose.MAX_TEXT);
        TextField category = new TextField(getTranslation("field.Purpose.category"));
        category.setMaxLength(100);
        category.setHelperText(getTranslation("ledger.purpose.categoryHelp"));
        Checkbox active = new Checkbox(getTranslation("common.active"));
        binder.forField(textJa).asRequired(getTranslation("validation.required"))
                .bind(Purpose::getTextJa, Purpose::setTextJa);
        binder.forField(textEn).bind(Purpose::getTextEn, Purpose::setTextEn);
        binder.forField(category).bind(Purpose::getCategory, Purpose::setCategory);
        binder.forField(active).bind(Purpose::isActive, Purpose::setActive);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(category);
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        save.setId("purpose-save");
        save.addClickListener(click -> save());
        Button cancel = new Button(getTranslation("action.cancel"), click -> {
            grid.deselectAll();
            edit(null);
        });
        cancel.addClickShortcut(Key.ESCAPE);
        FormLayout form = new FormLayout(category, active, textJa, textEn);
        form.setColspan(textJa, 2);
        form.setColspan(textEn, 2);
        VerticalLayout right = new VerticalLayout(new H3(getTranslation("ledger.purpose.form")), form,
                new HorizontalLayout(save, cancel), history);
        addToPrimary(left);
        addToSecondary(right);
        refresh();
        edit(null);
    }

    private void edit(Purpose purpose) {
        binder.setBean(purpose);
        binder.setReadOnly(purpose == null);
        save.setEnabled(purpose != null);
        history.show(purpose == null ? null : purpose.getId());
    }

    private void save() {
        Purpose editing = binder.getBean();
        if (editing == null || !binder.validate().isOk()) {
            return;
        }
        Purpose saved = Feedback.attempt(() -> purposes.save(editing));
        if (saved != null) {
            Feedback.success("common.saved");
            refresh();
            edit(saved);
        }
    }

    private void refresh() {
        grid.setItems(purposes.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.purposes");
    }
}
