package jp.mamori.audit.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** Label–value pairs at the head of a record's page, in the house "fact" style. */
class Facts extends Div {

    Facts() {
        addClassName("home-facts");
    }

    void fact(String labelKey, Component value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        value.addClassName("fact-value");
        Div fact = new Div(label, value);
        fact.addClassName("fact");
        add(fact);
    }
}
