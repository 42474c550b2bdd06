package jp.mamori.audit;

import java.util.EnumSet;
import java.util.Set;
import jp.mamori.shared.i18n.Labelled;

/**
 * The step a corrective action is at. Each step is left by recording what it produced:
 * the immediate correction, the root cause, the plan (with owner and due date), what was
 * implemented, and finally the verification of effectiveness by someone other than the owner,
 * which closes the action or sends it back to planning.
 */
public enum CorrectiveActionStatus implements Labelled {
    IMMEDIATE_CORRECTION,
    ROOT_CAUSE_ANALYSIS,
    PLANNING,
    IMPLEMENTATION,
    VERIFICATION,
    CLOSED;

    /** The steps that may follow this one. */
    public Set<CorrectiveActionStatus> next() {
        return switch (this) {
            case IMMEDIATE_CORRECTION -> EnumSet.of(ROOT_CAUSE_ANALYSIS);
            case ROOT_CAUSE_ANALYSIS -> EnumSet.of(PLANNING);
            case PLANNING -> EnumSet.of(IMPLEMENTATION);
            case IMPLEMENTATION -> EnumSet.of(VERIFICATION);
            case VERIFICATION -> EnumSet.of(CLOSED, PLANNING);
            case CLOSED -> EnumSet.noneOf(CorrectiveActionStatus.class);
        };
    }

    public boolean canMoveTo(CorrectiveActionStatus target) {
        return next().contains(target);
    }

    /** Leaving verification is the verification itself: only someone other than the owner does it. */
    public boolean isVerification() {
        return this == VERIFICATION;
    }

    /** Whether the plan's due date still binds: the action is not implemented yet. */
    public boolean isBeforeImplementation() {
        return ordinal() < VERIFICATION.ordinal();
    }

    @Override
    public String labelKey() {
        return "correctiveAction.status." + name();
    }
}
