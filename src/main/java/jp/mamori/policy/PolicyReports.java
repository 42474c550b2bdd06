package jp.mamori.policy;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.pdf.PdfReport;
import jp.mamori.shared.pdf.PdfReports;
import jp.mamori.shared.security.CurrentUser;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.time.JapaneseDates;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A policy version as a PDF: its text, enactment and revision dates, and its approval records. */
@Service
public class PolicyReports {

    private final PolicyService policies;
    private final PdfReports reports;
    private final Messages messages;

    PolicyReports(PolicyService policies, PdfReports reports, Messages messages) {
        this.policies = policies;
        this.reports = reports;
        this.messages = messages;
    }

    /** The version in force of a kind (for the examiner pack); false when none is published. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean inForcePdf(PolicyKind kind, OutputStream out, Locale locale) {
        return policies.inForce(kind).map(policy -> {
            versionPdf(policy.version().getId(), out, locale);
            return true;
        }).orElse(false);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public void versionPdf(long versionId, OutputStream out, Locale locale) {
        PolicyVersion version = policies.version(versionId);
        PolicyDocument document = version.getDocument();
        Locale language = Messages.supported(locale);
        try (PdfReport pdf = reports.open(out, PdfReport.Orientation.PORTRAIT, "policy.pdf.title", language)) {
            pdf.section(document.title(language) + " " + text(language, "policy.version.label", version.getNumber())
                    + " (" + text(language, version.getStatus().labelKey()) + ")");
            PolicyMarkdown.plainLines(version.body(language)).forEach(pdf::paragraph);
            pdf.section(text(language, "policy.revisions.title"));
            PdfReport.Table revisions = pdf.table(List.of(text(language, "policy.version.number"),
                    text(language, "policy.version.effectiveOn"), text(language, "policy.version.changeSummary")),
                    new float[] {1, 3, 6});
            for (PolicyVersion published : policies.versions(document.getId())) {
                if (published.getStatus().wasPublished()) {
                    revisions.row(List.of(String.valueOf(published.getNumber()),
                            JapaneseDates.isoWithWareki(published.getEffectiveOn(), language),
                            published.getNumber() == 1 ? text(language, "policy.enacted")
                                    : nullToEmpty(published.getChangeSummary())));
                }
            }
            revisions.end();
            List<PolicyApproval> approvals = CurrentUser.require()
                    .hasAnyRole(Role.PRIVACY_MANAGER, Role.AUDITOR, Role.TOP_MANAGEMENT)
                    ? policies.approvals(versionId) : List.of();
            if (!approvals.isEmpty()) {
                pdf.section(text(language, "policy.approvals.title"));
                PdfReport.Table table = pdf.table(List.of(text(language, "policy.approval.decision"),
                        text(language, "policy.approval.decidedBy"), text(language, "policy.approval.decidedAt"),
                        text(language, "policy.approval.comment")), new float[] {2, 3, 3, 6});
                approvals.forEach(approval -> table.row(List.of(text(language, approval.getDecision().labelKey()),
                        approval.getDecidedBy(), JapaneseDates.dateTime(
                                approval.getDecidedAt()),
                        nullToEmpty(approval.getComment()))));
                table.end();
            }
        }
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.get(locale, key, args);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
