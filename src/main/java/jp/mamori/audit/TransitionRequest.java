package jp.mamori.audit;

import java.time.LocalDate;

/**
 * A request to move a corrective action to the step {@code to}, with what the step being
 * left produced: the immediate correction, the root cause, the plan (owner and due date),
 * what was implemented, or the verification of effectiveness.
 */
public record TransitionRequest(CorrectiveActionStatus to, Long version, String comment, String immediateCorrection,
                                String rootCause, String plan, Long ownerId, LocalDate dueDate, String implementation,
                                String verification) {

    public static TransitionRequest to(CorrectiveActionStatus to, Long version) {
        return new TransitionRequest(to, version, null, null, null, null, null, null, null, null);
    }

    public TransitionRequest withComment(String text) {
        return new TransitionRequest(to, version, text, immediateCorrection, rootCause, plan, ownerId, dueDate,
                implementation, verification);
    }

    public TransitionRequest withImmediateCorrection(String text) {
        return new TransitionRequest(to, version, comment, text, rootCause, plan, ownerId, dueDate, implementation,
                verification);
    }

    public TransitionRequest withRootCause(String text) {
        return new TransitionRequest(to, version, comment, immediateCorrection, text, plan, ownerId, dueDate,
                implementation, verification);
    }

    public TransitionRequest withPlan(String text, Long owner, LocalDate due) {
        return new TransitionRequest(to, version, comment, immediateCorrection, rootCause, text, owner, due,
                implementation, verification);
    }

    public TransitionRequest withImplementation(String text) {
        return new TransitionRequest(to, version, comment, immediateCorrection, rootCause, plan, ownerId, dueDate, text,
                verification);
    }

    public TransitionRequest withVerification(String text) {
        return new TransitionRequest(to, version, comment, immediateCorrection, rootCause, plan, ownerId, dueDate,
                implementation, text);
    }
}
