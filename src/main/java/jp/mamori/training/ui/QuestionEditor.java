package jp.mamori.training.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.training.Choice;
import jp.mamori.training.CourseValues;

/** The comprehension test of a course: questions, their choices, the right ones and the explanations. */
class QuestionEditor extends VerticalLayout {

    private final List<QuestionCard> cards = new ArrayList<>();
    private final Div list = new Div();

    QuestionEditor() {
        setPadding(false);
        Button add = new Button(getTranslation("training.editor.addQuestion"), VaadinIcon.PLUS.create(),
                click -> addCard(new CourseValues.QuestionValues("", false, "",
                        List.of(new Choice("", true), new Choice("", false)))));
        add.setId("training-add-question");
        add(new H4(getTranslation("training.editor.questions")), list, add);
    }

    void show(List<CourseValues.QuestionValues> questions) {
        cards.clear();
        list.removeAll();
        questions.forEach(this::addCard);
    }

    List<CourseValues.QuestionValues> values() {
        return cards.stream().map(QuestionCard::value).toList();
    }

    private void addCard(CourseValues.QuestionValues question) {
        QuestionCard card = new QuestionCard(question);
        cards.add(card);
        list.add(card);
        renumber();
    }

    private void renumber() {
        for (int i = 0; i < cards.size(); i++) {
            cards.get(i).number(i + 1);
        }
    }

    private final class QuestionCard extends VerticalLayout {
        private final TextArea text = new TextArea();
        private final Checkbox multiple = new Checkbox(getTranslation("training.editor.multiple"));
        private final TextArea explanation = new TextArea(getTranslation("training.editor.explanation"));
        private final List<HorizontalLayout> choiceRows = new ArrayList<>();
        private final VerticalLayout choices = new VerticalLayout();

        QuestionCard(CourseValues.QuestionValues question) {
            addClassName("training-question-card");
            getStyle().set("border", "1px solid var(--lumo-contrast-20pct)").set("border-radius", "var(--lumo-border-radius-m)");
            text.setWidthFull();
            text.setMaxLength(2000);
            text.setValue(question.text() == null ? "" : question.text());
            multiple.setValue(question.multiple());
            explanation.setWidthFull();
            explanation.setMaxLength(4000);
            explanation.setValue(question.explanation() == null ? "" : question.explanation());
            choices.setPadding(false);
            choices.setSpacing(false);
            question.choices().forEach(this::addChoice);
            Button addChoice = new Button(getTranslation("training.editor.addChoice"), VaadinIcon.PLUS.create(),
                    click -> addChoice(new Choice("", false)));
            addChoice.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            Button remove = new Button(getTranslation("training.editor.removeQuestion"), VaadinIcon.TRASH.create(),
                    click -> {
                        cards.remove(this);
                        list.remove(this);
                        renumber();
                    });
            remove.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY, ButtonVariant.SMALL);
            add(text, multiple, choices, addChoice, explanation, remove);
        }

        void number(int number) {
            text.setLabel(getTranslation("training.editor.question", number));
        }

        private void addChoice(Choice choice) {
            TextField choiceText = new TextField();
            choiceText.setValue(choice.text() == null ? "" : choice.text());
            choiceText.setMaxLength(500);
            choiceText.setAriaLabel(getTranslation("training.editor.choice"));
            choiceText.setWidth("28rem");
            Checkbox correct = new Checkbox(getTranslation("training.editor.correct"), choice.correct());
            HorizontalLayout row = new HorizontalLayout(choiceText, correct);
            Button remove = new Button(VaadinIcon.CLOSE_SMALL.create(), click -> {
                choiceRows.remove(row);
                choices.remove(row);
            });
            remove.addThemeVariants(ButtonVariant.TERTIARY);
            remove.setAriaLabel(getTranslation("training.editor.removeChoice"));
            row.add(remove);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            choiceRows.add(row);
            choices.add(row);
        }

        CourseValues.QuestionValues value() {
            List<Choice> values = choiceRows.stream().map(row -> new Choice(
                    ((TextField) row.getComponentAt(0)).getValue(), ((Checkbox) row.getComponentAt(1)).getValue()))
                    .toList();
            return new CourseValues.QuestionValues(text.getValue(), multiple.getValue(), explanation.getValue(), values);
        }
    }
}
