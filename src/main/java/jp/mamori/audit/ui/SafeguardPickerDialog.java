package jp.mamori.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import jp.mamori.safeguard.SafeguardCatalogueService;
import jp.mamori.safeguard.SafeguardFramework;
import jp.mamori.safeguard.SafeguardItem;

/** Picks items of the safeguard catalogue, by framework and text, to put on a checklist. */
class SafeguardPickerDialog extends Dialog {

    private final SafeguardCatalogueService catalogue;
    private final Select<SafeguardFramework> framework = new Select<>();
    private final TextField search = new TextField();
    private final Grid<SafeguardItem> items = new Grid<>();
    private List<SafeguardItem> all = List.of();

    /** @param add adds the chosen codes; returns whether it succeeded */
    SafeguardPickerDialog(SafeguardCatalogueService catalogue, Predicate<List<String>> add) {
        this.catalogue = catalogue;
        setHeaderTitle(getTranslation("audit.checklist.fromCatalogue"));
        setWidth("64rem");
        setHeight("80vh");
        Locale locale = getLocale();
        framework.setLabel(getTranslation("audit.checklist.framework"));
        framework.setItems(catalogue.frameworks());
        framework.setItemLabelGenerator(f -> f.name(locale));
        framework.setWidth("30rem");
        framework.addValueChangeListener(event -> load());
        search.setPlaceholder(getTranslation("audit.checklist.search"));
        search.setAriaLabel(getTranslation("audit.checklist.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.addValueChangeListener(event -> filter());
        items.setSelectionMode(Grid.SelectionMode.MULTI);
        items.addColumn(SafeguardItem::getCode).setHeader(getTranslation("audit.checklist.code")).setAutoWidth(true)
                .setFlexGrow(0);
        items.addColumn(item -> item.text(locale)).setHeader(getTranslation("audit.checklist.question")).setFlexGrow(4);
        items.addColumn(SafeguardItem::getClauseRef).setHeader(getTranslation("audit.checklist.clause")).setAutoWidth(true);
        items.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        items.setEmptyStateText(getTranslation("audit.checklist.catalogueEmpty"));
        items.setId("safeguard-picker-grid");
        add(new HorizontalLayout(framework, search), items);
        Button confirm = new Button(getTranslation("audit.checklist.addSelected"), click -> {
            List<String> codes = items.getSelectedItems().stream().map(SafeguardItem::getCode).sorted().toList();
            if (!codes.isEmpty() && add.test(codes)) {
                close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.setId("safeguard-picker-add");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
        catalogue.frameworks().stream().findFirst().ifPresent(framework::setValue);
    }

    private void load() {
        all = framework.getValue() == null ? List.of() : catalogue.items(framework.getValue().getId()).stream()
                .filter(SafeguardItem::isInForce).toList();
        filter();
    }

    private void filter() {
        String text = search.getValue() == null ? "" : search.getValue().strip().toLowerCase(Locale.ROOT);
        Locale locale = getLocale();
        items.setItems(all.stream().filter(item -> text.isEmpty()
                || item.getCode().toLowerCase(Locale.ROOT).contains(text)
                || item.text(locale).toLowerCase(Locale.ROOT).contains(text)).toList());
    }
}
