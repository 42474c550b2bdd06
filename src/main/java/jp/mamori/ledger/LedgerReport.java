package jp.mamori.ledger;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.pdf.PdfReport;
import jp.mamori.shared.pdf.PdfReports;
import jp.mamori.shared.time.JapaneseDates;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger and its risk analysis as an A4 landscape PDF in Japanese, as examiners are shown
 * it. Written while it is read, so ten thousand entries never sit in memory at once.
 */
@Service
public class LedgerReport {

    private static final Locale JA = LedgerColumns.DOCUMENT;

    private final LedgerChunks chunks;
    private final LedgerAccess access;
    private final LedgerService ledger;
    private final PdfReports reports;
    private final Messages messages;
    private final LedgerColumns columns;

    LedgerReport(LedgerChunks chunks, LedgerAccess access, LedgerService ledger, PdfReports reports,
                 Messages messages) {
        this.chunks = chunks;
        this.access = access;
        this.ledger = ledger;
        this.reports = reports;
        this.messages = messages;
        this.columns = new LedgerColumns(messages);
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public void write(OutputStream out, LedgerFilter filter) {
        LedgerScope scope = access.current();
        scope.requireAny();
        try (PdfReport pdf = reports.open(out, PdfReport.Orientation.LANDSCAPE, "ledger.report.title", JA)) {
            pdf.paragraph(text("ledger.report.legend"));
            PdfReport.Table entries = pdf.table(List.of(
                    text("ledger.column.reference"), text("ledger.pdf.department"), text("ledger.column.name"),
                    text("ledger.column.dataItems"), text("ledger.pdf.subjects"), text("ledger.pdf.kind"),
                    text("ledger.pdf.acquisition"), text("ledger.column.purposes"), text("ledger.pdf.storage"),
                    text("ledger.pdf.sharing"), text("ledger.pdf.retention"), text("ledger.pdf.reviewAndRisk")),
                    new float[] {1.1f, 1.4f, 2f, 2.6f, 1.5f, 1.4f, 1.5f, 2.8f, 1.8f, 2f, 1.5f, 1.6f});
            chunks.forEach(filter, scope, ledger.today(),
                    EnumSet.of(LedgerChunks.Part.PURPOSES, LedgerChunks.Part.CONSIGNEES),
                    entry -> entries.row(entryRow(entry)));
            entries.end();

            pdf.newPage();
            pdf.section(text("ledger.report.risks"));
            PdfReport.Table risks = pdf.table(List.of(
                    text("ledger.column.reference"), text("ledger.column.name"), text("ledger.pdf.stageAndThreat"),
                    text("ledger.riskColumn.description"), text("ledger.pdf.assessment"),
                    text("ledger.riskColumn.measures"), text("ledger.riskColumn.residualRisk"),
                    text("ledger.pdf.decision")),
                    new float[] {1.1f, 2.2f, 1.5f, 2.8f, 1.6f, 3.4f, 0.9f, 2.4f});
            chunks.forEachRisk(filter, scope, ledger.today(),
                    risk -> risks.row(riskRow(risk.reference(), risk.name(), risk.risk())));
            risks.end();
        }
    }

    private List<String> entryRow(LedgerEntry entry) {
        List<String> kinds = new ArrayList<>();
        kinds.add(columns.label(entry.getMedium()) + (entry.getFormat() == null ? "" : "（" + entry.getFormat() + "）"));
        if (entry.isSpecialCare()) {
            kinds.add(text("ledger.specialCare"));
        }
        if (entry.isMyNumber()) {
            kinds.add(text("ledger.myNumber"));
        }
        if (entry.isRetainedPersonalData()) {
            kinds.add(text("ledger.retainedPersonalData"));
        }
        List<String> sharing = new ArrayList<>();
        entry.getConsigneeLinks().forEach(link -> sharing.add(text("ledger.pdf.consignee", link.getConsignee().getName())));
        ThirdPartyProvision provision = entry.getProvision();
        if (provision.isProvided()) {
            sharing.add(text("ledger.pdf.provision", provision.getRecipient(), columns.label(provision.getBasis()))
                    + (provision.isAbroad() ? text("ledger.pdf.abroad", provision.getCountry()) : ""));
        }
        if (entry.isJointUse()) {
            sharing.add(text("ledger.pdf.jointUse", entry.getJointUseDescription()));
        }
        String review = entry.getNextReviewDate() == null ? "" : JapaneseDates.iso(entry.getNextReviewDate())
                + "\n（" + JapaneseDates.wareki(entry.getNextReviewDate()) + "）";
        return List.of(
                entry.getReference(),
                entry.getDepartment().getName() + (entry.getOwner() == null ? "" : "\n" + entry.getOwner().getDisplayName()),
                entry.getName() + (entry.getStatus() == LedgerStatus.ACTIVE ? "" : "\n［" + columns.label(entry.getStatus()) + "］"),
                entry.getDataItems(),
                entry.getDataSubjects() + (entry.getApproximateCount() == null ? ""
                        : "\n" + text("ledger.pdf.count", entry.getApproximateCount())),
                String.join("\n", kinds),
                columns.label(entry.getAcquisitionMethod()) + "\n" + columns.label(entry.getNoticeConsent()),
                entry.getPurposes().stream().sorted(Comparator.comparing(Purpose::getId))
                        .map(purpose -> "・" + purpose.getTextJa()).collect(Collectors.joining("\n")),
                joinLines(entry.getStoragePlace(), entry.getStorageMethod()),
                sharing.isEmpty() ? text("ledger.pdf.none") : String.join("\n", sharing),
                joinLines(entry.getRetentionPeriod(), columns.label(entry.getDisposalMethod())),
                entry.isUnacceptedHighRisk() ? review + "\n■ " + text("ledger.flag.unacceptedHighRisk") : review);
    }

    private List<String> riskRow(String reference, String entryName, RiskAssessment risk) {
        String decision = columns.label(risk.getDecision());
        if (risk.getDecision() != RiskDecision.PENDING) {
            decision += "\n" + risk.getDecidedByName() + " " + JapaneseDates.iso(risk.getDecidedOn())
                    + (risk.getDecisionComment() == null ? "" : "\n" + risk.getDecisionComment());
        }
        if (risk.isUnacceptedHighRisk()) {
            decision = "■ " + text("ledger.flag.unacceptedHighRisk") + "\n" + decision;
        }
        return List.of(reference, entryName,
                columns.label(risk.getStage()) + "\n" + columns.label(risk.getThreat()),
                nullToEmpty(risk.getDescription()),
                text("ledger.pdf.assessmentValue", columns.label(risk.getLikelihood()), columns.label(risk.getImpact()),
                        columns.label(risk.inherentRisk())),
                joinLines(risk.getMeasures(), risk.getSafeguardItemCode() == null ? null
                        : text("ledger.pdf.safeguard", risk.getSafeguardItemCode())),
                columns.label(risk.getResidualRisk()), decision);
    }

    private String text(String key, Object... args) {
        return messages.get(JA, key, args);
    }

    private static String joinLines(String first, String second) {
        return nullToEmpty(first) + (first != null && second != null && !second.isEmpty() ? "\n" : "")
                + nullToEmpty(second);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
