package jp.mamori.safeguard;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.tabular.Cells;
import jp.mamori.shared.time.JapaneseDates;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The answers of a framework as an Excel workbook: readiness by heading, then every answer. */
@Service
public class SafeguardResultsExport {

    private final ReadinessService readiness;
    private final CheckAnswerRepository answers;
    private final SafeguardEvidenceRepository evidence;
    private final Messages messages;

    SafeguardResultsExport(ReadinessService readiness, CheckAnswerRepository answers,
                           SafeguardEvidenceRepository evidence, Messages messages) {
        this.readiness = readiness;
        this.answers = answers;
        this.evidence = evidence;
        this.messages = messages;
    }

    @PreAuthorize(SafeguardCatalogueService.READERS)
    @Transactional(readOnly = true)
    public void write(OutputStream out, long frameworkId, Locale locale) {
        Readiness result = readiness.readiness(frameworkId);
        try (Workbook workbook = new Workbook(out, "Mamori", "1.0")) {
            Worksheet summary = workbook.newWorksheet(messages.get(locale, "safeguard.readiness.byHeading"));
            row(summary, 0, List.of(messages.get(locale, "safeguard.code"), messages.get(locale, "safeguard.heading"),
                    messages.get(locale, "safeguard.requirement.MANDATORY"), "%",
                    messages.get(locale, "safeguard.requirement.DESIRABLE"), "%"));
            int r = 1;
            for (Readiness.HeadingReadiness heading : result.headings()) {
                row(summary, r++, List.of(heading.heading().getCode(), heading.heading().title(locale),
                        heading.mandatory().met() + "/" + heading.mandatory().applicable(),
                        String.valueOf(heading.mandatory().percent()),
                        heading.desirable().met() + "/" + heading.desirable().applicable(),
                        String.valueOf(heading.desirable().percent())));
            }
            r++;
            summary.value(r++, 0, messages.get(locale, "safeguard.readiness.rule"));
            summary.value(r, 0, messages.get(locale, result.ready() ? "safeguard.readiness.ready" : "safeguard.readiness.notReady"));
            summary.width(1, 40);

            Map<Long, Integer> evidenceCount = new HashMap<>();
            evidence.findInFramework(frameworkId).forEach(e -> evidenceCount.merge(e.getAnswer().getId(), 1, Integer::sum));
            Worksheet sheet = workbook.newWorksheet(messages.get(locale, "safeguard.report.answers"));
            row(sheet, 0, List.of(messages.get(locale, "safeguard.check.department"), messages.get(locale, "safeguard.heading"),
                    messages.get(locale, "safeguard.code"), messages.get(locale, "safeguard.requirement"),
                    messages.get(locale, "safeguard.text"), messages.get(locale, "safeguard.clauseRef"),
                    messages.get(locale, "safeguard.check.period"), messages.get(locale, "safeguard.answer.result"),
                    messages.get(locale, "safeguard.answer.naReason"), messages.get(locale, "safeguard.answer.comment"),
                    messages.get(locale, "safeguard.results.answeredBy"), messages.get(locale, "safeguard.results.answeredAt"),
                    messages.get(locale, "safeguard.results.evidenceCount")));
            r = 1;
            for (CheckAnswer answer : answers.findAnsweredInFramework(frameworkId)) {
                row(sheet, r++, List.of(answer.getDepartment().getName(), answer.getItem().getHeading().title(locale),
                        answer.getItem().getCode(), messages.label(locale, answer.getItem().getRequirement()),
                        answer.getItem().text(locale), nullToEmpty(answer.getItem().getClauseRef()),
                        answer.getPeriod().toString(), messages.label(locale, answer.getResult()),
                        nullToEmpty(answer.getNaReason()), nullToEmpty(answer.getComment()),
                        answer.getAnsweredBy() == null ? "" : answer.getAnsweredBy().getDisplayName(),
                        answer.getAnsweredAt() == null ? "" : JapaneseDates.dateTime(answer.getAnsweredAt()
                                .atOffset(java.time.ZoneOffset.UTC)),
                        String.valueOf(evidenceCount.getOrDefault(answer.getId(), 0))));
            }
            sheet.width(4, 60);
            sheet.freezePane(0, 1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Worksheet sheet, int row, List<String> values) {
        for (int c = 0; c < values.size(); c++) {
            sheet.value(row, c, Cells.neutralise(values.get(c)));
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
