package jp.mamori.consignee.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.consignee.AssessmentTemplate;
import jp.mamori.consignee.AssessmentTemplateService;
import jp.mamori.consignee.Criterion;
import jp.mamori.consignee.TemplateKind;
import jp.mamori.consignee.TemplateValues;
import jp.mamori.shared.history.HistoryService;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.ui.Feedback;
import jp.mamori.shared.ui.HistoryPanel;
import jp.mamori.shared.ui.LabelledSelect;
import jp.mamori.shared.ui.MainLayout;
import jp.mamori.shared.ui.NavGroup;
import jp.mamori.shared.ui.NavigationEntry;

/** The assessment templates: criteria with weights, the pass mark and the re-evaluation interval. */
@Route(value = "consignee-templates", layout = MainLayout.class)
@RolesAllowed({Role.Names.ADMIN, Role.Names.PRIVACY_MANAGER, Role.Names.AUDITOR, Role.Names.TOP_MANAGEMENT})
@NavigationEntry(group = NavGroup.CONSIGNEES, label = "nav.consigneeTemplates", order = 20)
public class TemplatesView extends SplitLayout implements HasDynamicTitle {

    /** A criterion as edited: its id (null when new), text and weight fields. */
    private record Line(Long id, TextArea text, IntegerField weight) {
    }

    private final AssessmentTemplateService templates;
    private final boolean keeper = ConsigneeBadges.mayKeep();
    private final Grid<AssessmentTemplate> grid = new Grid<>();
    private final TextField name = new TextField();
    private final LabelledSelect<TemplateKind> kind = new LabelledSelect<>("consignee.template.kind", TemplateKind.values());
    private final IntegerField passMark = new IntegerField();
    private final IntegerField months = new IntegerField();
    private final Checkbox active = new Checkbox();
    private final VerticalLayout criteria = new VerticalLayout();
    private final Span totalWeight = new Span();
    private final List<Line> lines = new ArrayList<>();
    private final HistoryPanel history;
    private final VerticalLayout form;
    private AssessmentTemplate editing;

    public TemplatesView(AssessmentTemplateService templates, HistoryService historyService) {
        this.templates = templates;
        this.history = new HistoryPanel(historyService, AssessmentTemplate.class);
        setSizeFull();
        setSplitterPosition(35);
        grid.addColumn(AssessmentTemplate::getName).setHeader(getTranslation("consignee.template.name")).setFlexGrow(2);
        grid.addColumn(t -> getTranslation(t.getKind().labelKey())).setHeader(getTranslation("consignee.template.kind"));
        grid.addColumn(t -> getTranslation(t.isActive() ? "common.yes" : "common.no")).setHeader(getTranslation("common.active"));
        grid.setEmptyStateText(getTranslation("consignee.template.empty"));
        grid.setId("template-grid");
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                edit(templates.get(e.getValue().getId()));
            }
        });
        Button add = new Button(getTranslation("consignee.template.add"), click -> {
            grid.deselectAll();
            edit(null);
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setId("template-add");
        add.setVisible(keeper);
        VerticalLayout left = new VerticalLayout(add, grid);
        left.setSizeFull();
        left.expand(grid);
        addToPrimary(left);
        form = form();
        form.setVisible(false);
        addToSecondary(form);
        refresh();
    }

    private VerticalLayout form() {
        name.setLabel(getTranslation("consignee.template.name"));
        name.setMaxLength(200);
        name.setId("template-name");
        kind.setId("template-kind");
        passMark.setLabel(getTranslation("consignee.template.passMark"));
        passMark.setMin(0);
        passMark.setMax(100);
        passMark.setStepButtonsVisible(true);
        passMark.setId("template-pass-mark");
        months.setLabel(getTranslation("consignee.template.reevaluationMonths"));
        months.setMin(1);
        months.setMax(60);
        months.setId("template-months");
        active.setLabel(getTranslation("common.active"));
        criteria.setPadding(false);
        criteria.setId("template-criteria");
        totalWeight.setId("template-total-weight");
        Button addCriterion = new Button(getTranslation("consignee.template.addCriterion"), click -> addLine(null, "", 10));
        addCriterion.setId("template-add-criterion");
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.setId("template-save");
        save.addClickShortcut(Key.ENTER).listenOn(name, passMark, months);
        Button cancel = new Button(getTranslation("action.cancel"), click -> {
            grid.deselectAll();
            form.setVisible(false);
        });
        FormLayout head = new FormLayout(name, kind, passMark, months, active);
        HorizontalLayout buttons = new HorizontalLayout(save, cancel);
        VerticalLayout layout = new VerticalLayout(new H3(getTranslation("consignee.template.form")), head,
                new H4(getTranslation("consignee.template.criteria")), criteria, totalWeight, addCriterion, buttons, history);
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(layout);
        cancel.addClickShortcut(Key.ESCAPE).listenOn(layout);
        addCriterion.setVisible(keeper);
        buttons.setVisible(keeper);
        return layout;
    }

    private void edit(AssessmentTemplate template) {
        editing = template;
        form.setVisible(true);
        name.setValue(template == null ? "" : template.getName());
        kind.setValue(template == null ? TemplateKind.SELECTION : template.getKind());
        passMark.setValue(template == null ? 70 : template.getPassMark());
        months.setValue(template == null ? 12 : template.getReevaluationMonths());
        active.setValue(template == null || template.isActive());
        lines.clear();
        criteria.removeAll();
        if (template != null) {
            for (Criterion criterion : template.getCriteria()) {
                addLine(criterion.getId(), criterion.getText(), criterion.getWeight());
            }
        }
        name.setReadOnly(!keeper);
        kind.setReadOnly(!keeper);
        passMark.setReadOnly(!keeper);
        months.setReadOnly(!keeper);
        active.setReadOnly(!keeper);
        history.show(template == null ? null : template.getId());
        updateTotal();
    }

    private void addLine(Long id, String text, int weight) {
        TextArea textField = new TextArea();
        textField.setAriaLabel(getTranslation("consignee.assessment.criterion"));
        textField.setValue(text);
        textField.setMaxLength(Criterion.MAX_TEXT);
        textField.setWidthFull();
        textField.setReadOnly(!keeper);
        IntegerField weightField = new IntegerField();
        weightField.setAriaLabel(getTranslation("consignee.assessment.weight"));
        weightField.setValue(weight);
        weightField.setMin(1);
        weightField.setMax(Criterion.MAX_WEIGHT);
        weightField.setWidth("7em");
        weightField.setReadOnly(!keeper);
        weightField.addValueChangeListener(e -> updateTotal());
        Line line = new Line(id, textField, weightField);
        HorizontalLayout row = new HorizontalLayout(textField, weightField);
        row.setWidthFull();
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (keeper) {
            Button remove = new Button(getTranslation("consignee.template.removeCriterion"), click -> {
                lines.remove(line);
                criteria.remove(row);
                updateTotal();
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.ERROR);
            row.add(remove);
        }
        textField.setId("template-criterion-" + (lines.size() + 1));
        lines.add(line);
        criteria.add(row);
        updateTotal();
    }

    private void updateTotal() {
        int total = lines.stream().mapToInt(line -> line.weight().getValue() == null ? 0 : line.weight().getValue()).sum();
        totalWeight.setText(getTranslation("consignee.template.totalWeight", total));
    }

    private void save() {
        TemplateValues values = new TemplateValues(name.getValue(), kind.getValue(), orZero(passMark.getValue()),
                orZero(months.getValue()), active.getValue(), lines.stream()
                .map(line -> new TemplateValues.Line(line.id(), line.text().getValue(), orZero(line.weight().getValue())))
                .toList());
        AssessmentTemplate saved = Feedback.attempt(() -> templates.save(editing == null ? null : editing.getId(),
                editing == null ? null : editing.getVersion(), values));
        if (saved != null) {
            Feedback.success("common.saved");
            refresh();
            edit(saved);
        }
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private void refresh() {
        grid.setItems(templates.list());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.consigneeTemplates");
    }
}
