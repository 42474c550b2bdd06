package jp.mamori.shared;

import java.util.Arrays;

/**
 * A business rule refused a change. It carries a bundle key (and the field it concerns, when
 * there is one) so that the UI and the API both show the reason in the user's language.
 */
public class RuleViolation extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final transient Object[] arguments;

    public RuleViolation(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    private RuleViolation(String field, String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public static RuleViolation onField(String field, String messageKey, Object... arguments) {
        return new RuleViolation(field, messageKey, arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
