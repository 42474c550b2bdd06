package jp.mamori.shared.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import jp.mamori.shared.RecordLabel;
import org.springframework.data.domain.Pageable;

/**
 * Pickers for records of another feature that a record links to by id (the ledger entries a
 * request concerns, the corrective action a breach led to): the person types part of a name,
 * the owning feature's service answers page by page, and the binder keeps plain ids.
 */
public final class RecordPickers {

    private RecordPickers() {
    }

    /** Finds records by text, a page at a time. */
    public interface Search extends BiFunction<String, Pageable, List<RecordLabel>> {
    }

    /** Labels the records with these ids (those that exist and may be seen). */
    public interface Resolve extends Function<Collection<Long>, List<RecordLabel>> {
    }

    public static <B> MultiSelectComboBox<RecordLabel> many(Binder<B> binder, String label, Search search,
                                                            Resolve resolve, ValueProvider<B, List<Long>> getter,
                                                            Setter<B, List<Long>> setter) {
        MultiSelectComboBox<RecordLabel> picker = new MultiSelectComboBox<>(label);
        picker.setItemLabelGenerator(RecordLabel::label);
        picker.setItems(query -> search.apply(query.getFilter().orElse(""),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        picker.setClearButtonVisible(true);
        binder.forField(picker)
                .withConverter(labels -> labels.stream().map(RecordLabel::id).toList(),
                        ids -> Set.copyOf(new LinkedHashSet<>(resolve.apply(ids == null ? List.of() : ids))))
                .bind(getter, setter);
        return picker;
    }

    public static <B> ComboBox<RecordLabel> one(Binder<B> binder, String label, Search search, Resolve resolve,
                                                ValueProvider<B, Long> getter, Setter<B, Long> setter) {
        ComboBox<RecordLabel> picker = new ComboBox<>(label);
        picker.setItemLabelGenerator(RecordLabel::label);
        picker.setItems(query -> search.apply(query.getFilter().orElse(""),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        picker.setClearButtonVisible(true);
        binder.forField(picker)
                .withConverter(chosen -> chosen == null ? null : chosen.id(),
                        id -> id == null ? null : resolve.apply(List.of(id)).stream().findFirst().orElse(null))
                .bind(getter, setter);
        return picker;
    }
}
