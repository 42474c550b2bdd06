package jp.mamori.incident;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.tabular.XlsxTable;
import jp.mamori.shared.tabular.XlsxTable.Column;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The breach register as an xlsx workbook. */
@Service
public class IncidentExport {

    private final IncidentRepository incidents;
    private final BreachRules rules;
    private final Messages messages;

    IncidentExport(IncidentRepository incidents, BreachRules rules, Messages messages) {
        this.incidents = incidents;
        this.rules = rules;
        this.messages = messages;
    }

    @PreAuthorize(IncidentService.READERS)
    @Transactional(readOnly = true)
    public void write(OutputStream out, Locale locale) {
        write(out, locale, incidents.findAllByOrderByLearnedOnAscIdAsc().stream());
    }

    /** The same, limited to the records whose date of learning falls within a period (both days included). */
    @PreAuthorize(IncidentService.READERS)
    @Transactional(readOnly = true)
    public void write(OutputStream out, Locale locale, LocalDate from, LocalDate to) {
        write(out, locale, incidents.findAllByOrderByLearnedOnAscIdAsc().stream()
                .filter(record -> !record.getLearnedOn().isBefore(from) && !record.getLearnedOn().isAfter(to)));
    }

    private void write(OutputStream out, Locale locale, Stream<Incident> records) {
        XlsxTable<Incident> table = XlsxTable.of(List.of(
                column(locale, "incident.id", Incident::getId),
                column(locale, "incident.title", Incident::getTitle),
                column(locale, "incident.occurredOn", Incident::getOccurredOn),
                column(locale, "incident.learnedOn", Incident::getLearnedOn),
                column(locale, "incident.affectedPersons", Incident::getAffectedPersons),
                column(locale, "incident.specialCare", Incident::isSpecialCare),
                column(locale, "incident.financialHarmRisk", Incident::isFinancialHarmRisk),
                column(locale, "incident.improperPurpose", Incident::isImproperPurpose),
                column(locale, "incident.strongEncryption", Incident::isStrongEncryption),
                column(locale, "incident.reportable", Incident::isReportable),
                column(locale, "incident.reasons", incident -> rules.assess(incident.criteria()).reasons().stream()
                        .map(reason -> messages.label(locale, reason)).collect(Collectors.joining("、"))),
                column(locale, "incident.status", incident -> messages.label(locale, incident.getStatus())),
                column(locale, "incident.preliminaryReportTarget", Incident::getPreliminaryReportTarget),
                column(locale, "incident.preliminaryReportDue", Incident::getPreliminaryReportDue),
                column(locale, "incident.finalReportDue", Incident::getFinalReportDue),
                column(locale, "incident.preliminaryReportedOn", Incident::getPreliminaryReportedOn),
                column(locale, "incident.finalReportedOn", Incident::getFinalReportedOn),
                column(locale, "incident.personsNotifiedOn", Incident::getPersonsNotifiedOn),
                column(locale, "incident.handler", incident -> incident.getHandler() == null ? null
                        : incident.getHandler().getDisplayName()),
                column(locale, "incident.ledgerEntryIds", incident -> incident.getLedgerEntryIds().stream()
                        .map(String::valueOf).collect(Collectors.joining(", "))),
                column(locale, "incident.correctiveActionId", Incident::getCorrectiveActionId),
                column(locale, "incident.report.item.summary", Incident::getSummary),
                column(locale, "incident.report.item.dataItems", Incident::getDataItems),
                column(locale, "incident.report.item.cause", Incident::getCause),
                column(locale, "incident.report.item.secondaryHarm", Incident::getSecondaryHarm),
                column(locale, "incident.report.item.personsResponse", Incident::getPersonsResponse),
                column(locale, "incident.report.item.publication", Incident::getPublication),
                column(locale, "incident.report.item.prevention", Incident::getPrevention),
                column(locale, "incident.report.item.otherMatters", Incident::getOtherMatters)));
        table.write(out, messages.get(locale, "incident.register"), records);
    }

    private Column<Incident> column(Locale locale, String key, Function<Incident, Object> value) {
        return new Column<>(messages.get(locale, key), value);
    }
}
