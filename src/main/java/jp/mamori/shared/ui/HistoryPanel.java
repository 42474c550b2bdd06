package jp.mamori.shared.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import jp.mamori.shared.history.HistoryService;
import jp.mamori.shared.history.Revision;
import jp.mamori.shared.time.JapaneseDates;

/**
 * A record's revisions, newest first: when, who, what kind of change and which fields moved
 * from what to what. Any feature shows it for any audited entity.
 */
public class HistoryPanel extends VerticalLayout {

    private final HistoryService history;
    private final Class<?> entityType;
    private final Grid<Revision> grid = new Grid<>();

    public HistoryPanel(HistoryService history, Class<?> entityType) {
        this.history = history;
        this.entityType = entityType;
        setPadding(false);
        addClassName("history-panel");
        grid.addColumn(revision -> JapaneseDates.dateTime(revision.changedAt()))
                .setHeader(getTranslation("history.changedAt")).setWidth("9.5rem").setFlexGrow(0);
        grid.addColumn(Revision::changedBy).setHeader(getTranslation("history.changedBy")).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(revision -> getTranslation(revision.kind().labelKey()))
                .setHeader(getTranslation("history.kind")).setWidth("4.5rem").setFlexGrow(0);
        grid.addComponentColumn(this::changes).setHeader(getTranslation("history.changes")).setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("history.empty"));
        add(new H4(getTranslation("history.title")), grid);
    }

    public void show(Object id) {
        grid.setItems(id == null ? java.util.List.of() : history.history(entityType, id));
    }

    private Div changes(Revision revision) {
        Div box = new Div();
        revision.changes().forEach(change -> box.add(new Div(
                new Span(fieldLabel(change.field()) + ": "),
                new Span(value(change.before())),
                new Span(" → "),
                new Span(value(change.after())))));
        box.addClassName("history-changes");
        return box;
    }

    private String value(String stored) {
        return switch (stored) {
            case "" -> "—";
            case "true" -> getTranslation("common.yes");
            case "false" -> getTranslation("common.no");
            default -> stored;
        };
    }

    private String fieldLabel(String field) {
        String key = "field." + entityType.getSimpleName() + "." + field;
        String label = getTranslation(key);
        return label.startsWith("!") ? field : label;
    }

}
