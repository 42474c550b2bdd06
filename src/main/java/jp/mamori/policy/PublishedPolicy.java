package jp.mamori.policy;

import java.time.LocalDate;
import java.util.List;

/**
 * The version of a document in force, with the dates a published policy prints: enactment
 * (制定) and every revision (改定) since, oldest first.
 */
public record PublishedPolicy(PolicyDocument document, PolicyVersion version, LocalDate enactedOn,
                              List<LocalDate> revisedOn) {
}
