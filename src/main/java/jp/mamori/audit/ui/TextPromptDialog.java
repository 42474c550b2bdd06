package jp.mamori.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Predicate;

/** Asks for one piece of text (a reason, a note, a comment) and runs the action with it. */
class TextPromptDialog extends Dialog {

    /** @param action runs the change with the text; returns whether it succeeded (the dialog then closes) */
    TextPromptDialog(String title, String explanation, String fieldLabelKey, String confirmKey, String id,
                     Predicate<String> action) {
        setHeaderTitle(title);
        setWidth("36rem");
        TextArea text = new TextArea(getTranslation(fieldLabelKey));
        text.setWidthFull();
        text.setMaxLength(2000);
        text.setId(id + "-text");
        if (explanation != null) {
            add(new Paragraph(explanation));
        }
        add(text);
        Button confirm = new Button(getTranslation(confirmKey), click -> {
            if (action.test(text.getValue())) {
                close();
            }
        });
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.setId(id + "-confirm");
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
    }
}
