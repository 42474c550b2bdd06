package jp.mamori.audit;

import java.time.LocalDate;

/**
 * A corrective action raised by hand: after an incident (its id kept for the incident module)
 * or for any other cause. Findings and safeguard follow-ups raise theirs by themselves.
 */
public record RaiseRequest(ActionSource source, Long incidentId, String title, String description, String clauseRef,
                           Long departmentId, Long ownerId, LocalDate dueDate) {
}
