package jp.mamori.complaint;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import jp.mamori.shared.i18n.Labelled;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.tabular.XlsxTable;
import jp.mamori.shared.tabular.XlsxTable.Column;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The complaint register as an xlsx workbook. */
@Service
public class ComplaintExport {

    private final ComplaintRepository complaints;
    private final Messages messages;

    ComplaintExport(ComplaintRepository complaints, Messages messages) {
        this.complaints = complaints;
        this.messages = messages;
    }

    @PreAuthorize(ComplaintService.READERS)
    @Transactional(readOnly = true)
    public void write(OutputStream out, Locale locale) {
        write(out, locale, complaints.findAllByOrderByReceivedOnAscIdAsc().stream());
    }

    /** The same, limited to the records whose receipt date falls within a period (both days included). */
    @PreAuthorize(ComplaintService.READERS)
    @Transactional(readOnly = true)
    public void write(OutputStream out, Locale locale, LocalDate from, LocalDate to) {
        write(out, locale, complaints.findAllByOrderByReceivedOnAscIdAsc().stream()
                .filter(record -> !record.getReceivedOn().isBefore(from) && !record.getReceivedOn().isAfter(to)));
    }

    private void write(OutputStream out, Locale locale, Stream<Complaint> records) {
        XlsxTable<Complaint> table = XlsxTable.of(List.of(
                column(locale, "complaint.id", Complaint::getId),
                column(locale, "complaint.receivedOn", Complaint::getReceivedOn),
                column(locale, "complaint.channel", c -> label(locale, c.getChannel())),
                column(locale, "complaint.kind", c -> label(locale, c.getKind())),
                column(locale, "complaint.category", c -> label(locale, c.getCategory())),
                column(locale, "complaint.subject", Complaint::getSubject),
                column(locale, "complaint.complainantName", Complaint::getComplainantName),
                column(locale, "complaint.handler", c -> c.getHandler() == null ? null : c.getHandler().getDisplayName()),
                column(locale, "complaint.stage", c -> label(locale, c.getStage())),
                column(locale, "complaint.firstResponseOn", Complaint::getFirstResponseOn),
                column(locale, "complaint.firstResponse", Complaint::getFirstResponse),
                column(locale, "complaint.investigatedOn", Complaint::getInvestigatedOn),
                column(locale, "complaint.investigation", Complaint::getInvestigation),
                column(locale, "complaint.improvedOn", Complaint::getImprovedOn),
                column(locale, "complaint.improvement", Complaint::getImprovement),
                column(locale, "complaint.answeredOn", Complaint::getAnsweredOn),
                column(locale, "complaint.answer", Complaint::getAnswer),
                column(locale, "complaint.correctiveActionId", Complaint::getCorrectiveActionId)));
        table.write(out, messages.get(locale, "complaint.register"), records);
    }

    private Column<Complaint> column(Locale locale, String key, Function<Complaint, Object> value) {
        return new Column<>(messages.get(locale, key), value);
    }

    private String label(Locale locale, Labelled value) {
        return value == null ? null : messages.label(locale, value);
    }
}
