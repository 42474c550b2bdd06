package jp.mamori.shared.ui;

import com.vaadin.flow.component.select.Select;

/** A register filter on a yes/no property (overdue, reportable...): all, only yes, or only no. */
public class YesNoFilter extends Select<Boolean> {

    public YesNoFilter(String labelKey, String allKey, String yesKey, String noKey, Runnable onChange) {
        String all = getTranslation(allKey);
        setLabel(getTranslation(labelKey));
        setItems(Boolean.TRUE, Boolean.FALSE);
        setEmptySelectionAllowed(true);
        setEmptySelectionCaption(all);
        setItemLabelGenerator(value -> value == null ? all : getTranslation(value ? yesKey : noKey));
        addValueChangeListener(event -> onChange.run());
    }
}
