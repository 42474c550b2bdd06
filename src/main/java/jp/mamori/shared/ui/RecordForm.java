package jp.mamori.shared.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.binder.Binder;
import java.util.NoSuchElementException;
import java.util.function.Consumer;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;
import jp.mamori.shared.persistence.VersionedRecord;

/**
 * The editing half of a register: the record being edited, reloaded fresh when it is opened
 * (so a stale copy is never shown), read-only for readers, saved with the save button or
 * Enter, closed with cancel or Escape, and its history shown underneath.
 */
public final class RecordForm<T extends VersionedRecord> {

    private final Binder<T> binder;
    private final HistoryPanel history;
    private final boolean editor;
    private final LongFunction<T> load;
    private final UnaryOperator<T> store;
    private final Runnable afterSave;
    private final Button save = new Button();
    private final Button cancel = new Button();
    private Consumer<T> opened = record -> {
    };
    private T editing;

    /**
     * @param idPrefix  prefix of the buttons' ids ({@code <prefix>-save})
     * @param grid      the register, deselected on cancel
     * @param load      reads a stored record by id
     * @param store     saves the record and returns the stored one
     * @param afterSave refreshes the register after a save
     */
    public RecordForm(String idPrefix, Grid<T> grid, Binder<T> binder, HistoryPanel history, boolean editor,
                      LongFunction<T> load, UnaryOperator<T> store, Runnable afterSave) {
        this.binder = binder;
        this.history = history;
        this.editor = editor;
        this.load = load;
        this.store = store;
        this.afterSave = afterSave;
        save.setText(save.getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.setId(idPrefix + "-save");
        save.addClickListener(click -> save());
        save.setVisible(editor);
        cancel.setText(cancel.getTranslation("action.cancel"));
        cancel.addClickListener(click -> {
            grid.deselectAll();
            edit(null);
        });
        cancel.addClickShortcut(Key.ESCAPE);
    }

    /** What the view shows besides the bound fields, run whenever a record is opened or closed (null). */
    public RecordForm<T> whenOpened(Consumer<T> shown) {
        this.opened = shown;
        return this;
    }

    public Button saveButton() {
        return save;
    }

    public Button cancelButton() {
        return cancel;
    }

    /** The record in the form, or null. */
    public T editing() {
        return editing;
    }

    /** Opens the record a URL names; an unknown id says so and opens nothing. */
    public void open(Long id) {
        if (id != null) {
            try {
                edit(load.apply(id));
            } catch (NoSuchElementException e) {
                Feedback.error("error.notFound");
            }
        }
    }

    /** Opens a record (a new one as it is, a stored one freshly read), or closes the form with null. */
    public void edit(T record) {
        binder.setBean(null);
        editing = record == null || record.isNew() ? record : load.apply(record.getId());
        boolean open = editing != null;
        if (open) {
            binder.setBean(editing);
        }
        history.show(open ? editing.getId() : null);
        binder.getFields().forEach(field -> field.setReadOnly(!open || !editor));
        save.setEnabled(open && editor);
        opened.accept(editing);
    }

    private void save() {
        if (editing == null || !binder.validate().isOk()) {
            return;
        }
        T saved = Feedback.attempt(() -> store.apply(editing));
        if (saved != null) {
            Feedback.success("common.saved");
            afterSave.run();
            edit(saved);
        }
    }
}
