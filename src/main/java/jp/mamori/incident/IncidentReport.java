package jp.mamori.incident;

import java.io.OutputStream;
import java.time.LocalDate;
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
 * A draft of the report to the PPC (漏えい等報告): the deadlines and reportability, then the nine
 * items the rules ask for (施行規則第8条第1項各号), each with what the register holds. The
 * draft is copied into the PPC's own form; it is not the form itself.
 */
@Service
public class IncidentReport {

    /** The nine report items, in the order of the rules. */
    static final List<String> ITEMS = List.of("summary", "dataItems", "persons", "cause", "secondaryHarm",
            "personsResponse", "publication", "prevention", "otherMatters");

    private final IncidentRepository incidents;
    private final BreachRules rules;
    private final PdfReports reports;
    private final Messages messages;

    IncidentReport(IncidentRepository incidents, BreachRules rules, PdfReports reports, Messages messages) {
        this.incidents = incidents;
        this.rules = rules;
        this.reports = reports;
        this.messages = messages;
    }

    @PreAuthorize(IncidentService.READERS)
    @Transactional(readOnly = true)
    public void write(long incidentId, OutputStream out, Locale locale) {
        Incident incident = incidents.findById(incidentId).orElseThrow();
        try (PdfReport pdf = reports.open(out, PdfReport.Orientation.PORTRAIT, "incident.report.title", locale)) {
            pdf.paragraph(messages.get(locale, "incident.report.draftNote"));
            pdf.section(incident.getTitle());
            PdfReport.Table facts = pdf.table(List.of(messages.get(locale, "incident.report.item"),
                    messages.get(locale, "incident.report.content")), new float[] {1.4f, 3.6f});
            facts.row(List.of(messages.get(locale, "incident.occurredOn"), date(incident.getOccurredOn(), locale)));
            facts.row(List.of(messages.get(locale, "incident.learnedOn"), date(incident.getLearnedOn(), locale)));
            facts.row(List.of(messages.get(locale, "incident.reportable"), reportability(incident, locale)));
            if (incident.isReportable()) {
                facts.row(List.of(messages.get(locale, "incident.preliminaryReportDue"),
                        messages.get(locale, "incident.preliminaryWindow",
                                date(incident.getPreliminaryReportTarget(), locale),
                                date(incident.getPreliminaryReportDue(), locale))));
                facts.row(List.of(messages.get(locale, "incident.finalReportDue"),
                        date(incident.getFinalReportDue(), locale)));
            }
            facts.row(List.of(messages.get(locale, "incident.preliminaryReportedOn"),
                    date(incident.getPreliminaryReportedOn(), locale)));
            facts.row(List.of(messages.get(locale, "incident.finalReportedOn"), date(incident.getFinalReportedOn(), locale)));
            facts.row(List.of(messages.get(locale, "incident.personsNotifiedOn"),
                    date(incident.getPersonsNotifiedOn(), locale)));
            facts.row(List.of(messages.get(locale, "incident.handler"),
                    incident.getHandler() == null ? "" : incident.getHandler().getDisplayName()));
            facts.end();

            for (int i = 0; i < ITEMS.size(); i++) {
                String item = ITEMS.get(i);
                pdf.section(messages.get(locale, "incident.report.heading", i + 1,
                        messages.get(locale, "incident.report.item." + item)));
                pdf.paragraph(orPlaceholder(content(incident, item, locale), locale));
            }
        }
    }

    private String content(Incident incident, String item, Locale locale) {
        return switch (item) {
            case "summary" -> incident.getSummary();
            case "dataItems" -> incident.getDataItems();
            case "persons" -> messages.get(locale, "incident.report.personsCount", incident.getAffectedPersons());
            case "cause" -> incident.getCause();
            case "secondaryHarm" -> incident.getSecondaryHarm();
            case "personsResponse" -> incident.getPersonsResponse();
            case "publication" -> incident.getPublication();
            case "prevention" -> incident.getPrevention();
            case "otherMatters" -> incident.getOtherMatters();
            default -> throw new IllegalArgumentException(item);
        };
    }

    private String reportability(Incident incident, Locale locale) {
        BreachAssessment assessment = rules.assess(incident.criteria());
        String verdict = messages.get(locale, assessment.reportable() ? "incident.reportable.yes" : "incident.reportable.no");
        return verdict + "（" + assessment.reasons().stream().map(reason -> messages.label(locale, reason))
                .collect(Collectors.joining("、")) + "）";
    }

    private String orPlaceholder(String text, Locale locale) {
        return text == null || text.isBlank() ? messages.get(locale, "incident.report.empty") : text;
    }

    private static String date(LocalDate date, Locale locale) {
        return JapaneseDates.isoWithWareki(date, locale);
    }
}
