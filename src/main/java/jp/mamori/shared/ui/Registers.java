package jp.mamori.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import jp.mamori.shared.time.JapaneseDates;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The pieces every register screen shares (requests, breaches, consignees, workers…): a grid
 * paged from the database, the row picked opening in the editor beside it, the "add" button,
 * the master pane, the due-date cell with its overdue badge and the checksum column.
 */
public final class Registers {

    private Registers() {
    }

    /**
     * Pages the grid from the service, never loading the whole table; when the user has not
     * sorted by a column, {@code defaultSort} applies.
     */
    public static <T> void pageFromDatabase(Grid<T> grid, Function<Pageable, Page<T>> page, LongSupplier count,
                                            Sort defaultSort) {
        grid.setItems(query -> {
            Sort chosen = VaadinSpringDataHelpers.toSpringDataSort(query);
            return page.apply(VaadinSpringDataHelpers.toSpringPageRequest(query)
                    .withSort(chosen.isSorted() ? chosen : defaultSort)).stream();
        }, query -> (int) count.getAsLong());
    }

    /**
     * Opens the row the user picks in the editor. A selection cleared by code (after a refresh)
     * leaves the editor as it is, so an unsaved form is not closed under the user's hands.
     */
    public static <T> void editSelection(Grid<T> grid, Consumer<T> edit) {
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.isFromClient() || event.getValue() != null) {
                edit.accept(event.getValue());
            }
        });
    }

    /** The primary "add" button: clears the selection and opens a new record. */
    public static <T> Button addButton(Grid<T> grid, String labelKey, String id, Supplier<T> newRecord,
                                       Consumer<T> edit) {
        Button add = new Button(grid.getTranslation(labelKey), click -> {
            grid.deselectAll();
            edit.accept(newRecord.get());
        });
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.setId(id);
        return add;
    }

    /** The master side of a register: toolbar, filter row, and the grid filling the rest. */
    public static VerticalLayout masterPane(List<Component> toolbar, List<Component> filters, Grid<?> grid) {
        HorizontalLayout toolbarRow = new HorizontalLayout(toolbar.toArray(Component[]::new));
        toolbarRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        HorizontalLayout filterRow = new HorizontalLayout(filters.toArray(Component[]::new));
        filterRow.setWidthFull();
        VerticalLayout pane = new VerticalLayout(toolbarRow, filterRow, grid);
        pane.setSizeFull();
        pane.expand(grid);
        return pane;
    }

    /**
     * A column with the start of each row's SHA-256, enough to tell files apart at a glance; the
     * whole digest is in the tooltip, to compare with a copy of the file. A row without a file
     * (null) shows nothing.
     */
    public static <T> Grid.Column<T> digestColumn(Grid<T> grid, SerializableFunction<T, String> sha256,
                                                  String headerKey) {
        return grid.addColumn(row -> {
            String digest = sha256.apply(row);
            return digest == null ? "" : digest.substring(0, 16) + "…";
        }).setHeader(grid.getTranslation(headerKey)).setTooltipGenerator(sha256).setAutoWidth(true);
    }

    /** A due date in ISO, with a red badge when it has passed. */
    public static Span dueDate(LocalDate due, boolean overdue, String overdueLabelKey) {
        Span cell = new Span(JapaneseDates.iso(due));
        if (overdue) {
            Span badge = new Span(cell.getTranslation(overdueLabelKey));
            badge.getElement().getThemeList().add("badge error small");
            cell.add(new Text(" "), badge);
        }
        return cell;
    }
}
