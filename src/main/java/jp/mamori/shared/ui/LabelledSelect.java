package jp.mamori.shared.ui;

import com.vaadin.flow.component.select.Select;
import jp.mamori.shared.i18n.Labelled;

/** A drop-down of labelled values (usually an enum), each shown by its translated label. */
public class LabelledSelect<T extends Labelled> extends Select<T> {

    @SafeVarargs
    public LabelledSelect(String labelKey, T... values) {
        setLabel(getTranslation(labelKey));
        setItems(values);
        setItemLabelGenerator(value -> value == null ? "" : getTranslation(value.labelKey()));
    }

    /**
     * A register filter: an empty choice, captioned {@code allKey}, means "no restriction"; a
     * change runs {@code onChange}.
     */
    @SafeVarargs
    public static <T extends Labelled> LabelledSelect<T> filter(String labelKey, String allKey, Runnable onChange,
                                                                 T... values) {
        LabelledSelect<T> filter = new LabelledSelect<>(labelKey, values);
        filter.allowEmpty(allKey);
        filter.addValueChangeListener(event -> onChange.run());
        return filter;
    }

    /** Allows no choice, shown with the caption {@code captionKey}. */
    public LabelledSelect<T> allowEmpty(String captionKey) {
        String caption = getTranslation(captionKey);
        setEmptySelectionAllowed(true);
        setEmptySelectionCaption(caption);
        setItemLabelGenerator(value -> value == null ? caption : getTranslation(value.labelKey()));
        return this;
    }
}
