package jp.mamori.policy.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.mamori.policy.AcknowledgementRow;
import jp.mamori.policy.PendingAcknowledgement;
import jp.mamori.policy.PolicyApproval;
import jp.mamori.policy.PolicyDocument;
import jp.mamori.policy.PolicyKind;
import jp.mamori.policy.PolicyStatus;
import jp.mamori.policy.PolicyText;
import jp.mamori.policy.PolicyVersion;

/** The records of the policy API. */
final class PolicyDtos {

    private PolicyDtos() {
    }

    record DocumentDto(Long id, Long version, PolicyKind kind, String titleJa, String titleEn, LocalDate enactedOn,
                       List<VersionDto> versions) {

        static DocumentDto of(PolicyDocument document, List<PolicyVersion> versions) {
            return new DocumentDto(document.getId(), document.getVersion(), document.getKind(), document.getTitleJa(),
                    document.getTitleEn(), document.getEnactedOn(),
                    versions == null ? null : versions.stream().map(VersionDto::of).toList());
        }
    }

    /** A new document: its kind, titles and the first draft's text. */
    record NewDocument(PolicyKind kind, String titleJa, String titleEn, String bodyJa, String bodyEn,
                       String changeSummary) {

        PolicyText text() {
            return new PolicyText(bodyJa, bodyEn, changeSummary);
        }
    }

    record Titles(Long version, String titleJa, String titleEn) {
    }

    record VersionDto(Long id, Long version, Long documentId, int number, PolicyStatus status, String bodyJa,
                      String bodyEn, String changeSummary, String draftedBy, LocalDate effectiveOn,
                      LocalDate publishedOn, String publishedBy) {

        static VersionDto of(PolicyVersion version) {
            return new VersionDto(version.getId(), version.getVersion(), version.getDocument().getId(),
                    version.getNumber(), version.getStatus(), version.getBodyJa(), version.getBodyEn(),
                    version.getChangeSummary(), version.getDraftedBy(), version.getEffectiveOn(),
                    version.getPublishedOn(), version.getPublishedBy());
        }
    }

    record Draft(Long version, String bodyJa, String bodyEn, String changeSummary) {

        PolicyText text() {
            return new PolicyText(bodyJa, bodyEn, changeSummary);
        }
    }

    /** A step of the workflow: the version read, top management's comment, the effective date of a publication. */
    record Step(Long version, String comment, LocalDate effectiveOn) {

        static Step none() {
            return new Step(null, null, null);
        }
    }

    record ApprovalDto(String decision, long decidedById, String decidedBy, Instant decidedAt, String comment) {

        static ApprovalDto of(PolicyApproval approval) {
            return new ApprovalDto(approval.getDecision().name(), approval.getDecidedById(), approval.getDecidedBy(),
                    approval.getDecidedAt(), approval.getComment());
        }
    }

    record AcknowledgementsDto(long acknowledged, long expected, List<AcknowledgementRow> workers) {

        static AcknowledgementsDto of(List<AcknowledgementRow> rows) {
            return new AcknowledgementsDto(rows.stream().filter(AcknowledgementRow::acknowledged).count(), rows.size(),
                    rows);
        }
    }

    record PendingDto(long versionId, String titleJa, String titleEn, int number, LocalDate publishedOn) {

        static PendingDto of(PendingAcknowledgement pending) {
            return new PendingDto(pending.versionId(), pending.titleJa(), pending.titleEn(), pending.number(),
                    pending.publishedOn());
        }
    }
}
