package jp.mamori.policy;

import java.time.LocalDate;
import java.util.stream.Stream;
import jp.mamori.reminder.Obligation;
import jp.mamori.reminder.ObligationSource;
import jp.mamori.reminder.Severity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every active worker owes an acknowledgement of each version in force ({@code
 * policy.acknowledgement}), due a set number of days after its publication, or after their
 * hiring when they joined later; acknowledging ends it.
 */
@Component
class PolicyAcknowledgementObligations implements ObligationSource {

    static final String KIND = "policy.acknowledgement";

    private final PolicyVersionRepository versions;
    private final PolicyService policies;

    PolicyAcknowledgementObligations(PolicyVersionRepository versions, PolicyService policies) {
        this.versions = versions;
        this.policies = policies;
    }

    @Override
    @Transactional(readOnly = true)
    public Stream<Obligation> openObligationsDueBy(LocalDate horizon) {
        int days = policies.acknowledgementDays();
        return versions.streamPending(horizon.minusDays(days))
                .map(pending -> new Obligation(KIND, pending.versionId() + ":" + pending.userId(),
                        pending.titleJa() + " v" + pending.number(), pending.userId(), pending.departmentId(),
                        pending.dueOn(days), "policies/acknowledge/" + pending.versionId(),
                        Severity.NORMAL));
    }
}
