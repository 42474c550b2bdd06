package jp.mamori.audit;

import jp.mamori.safeguard.SafeguardFollowUpOpened;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A follow-up opened by a failed operational check becomes a corrective action at once, in the
 * same transaction as the answer, so that a failed check never goes without one.
 */
@Component
class FollowUpAdoption {

    private final CorrectiveActionService actions;

    FollowUpAdoption(CorrectiveActionService actions) {
        this.actions = actions;
    }

    @EventListener
    void on(SafeguardFollowUpOpened event) {
        actions.adopt(event);
    }
}
