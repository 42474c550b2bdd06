package jp.mamori.review;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.pdf.PdfReport;
import jp.mamori.shared.pdf.PdfReports;
import jp.mamori.shared.time.JapaneseDates;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The minutes of a management review (マネジメントレビュー議事録) as an A4 portrait PDF. */
@Service
public class ManagementReviewMinutes {

    private final ManagementReviewRepository reviews;
    private final PdfReports reports;
    private final Messages messages;

    ManagementReviewMinutes(ManagementReviewRepository reviews, PdfReports reports, Messages messages) {
        this.reviews = reviews;
        this.reports = reports;
        this.messages = messages;
    }

    @PreAuthorize(ManagementReviewService.READERS)
    @Transactional(readOnly = true)
    public void write(long reviewId, OutputStream out, Locale locale) {
        ManagementReview review = reviews.findById(reviewId).orElseThrow();
        try (PdfReport pdf = reports.open(out, PdfReport.Orientation.PORTRAIT, "review.minutes.title", locale)) {
            if (review.getStatus() == ReviewStatus.DRAFT) {
                pdf.paragraph(messages.get(locale, "review.minutes.draft"));
            }
            PdfReport.Table facts = pdf.table(List.of(messages.get(locale, "review.minutes.item"),
                    messages.get(locale, "review.minutes.content")), new float[] {1.2f, 4f});
            facts.row(List.of(messages.get(locale, "review.period"),
                    JapaneseDates.isoWithWareki(review.getPeriodFrom(), locale) + " 〜 "
                            + JapaneseDates.isoWithWareki(review.getPeriodTo(), locale)));
            facts.row(List.of(messages.get(locale, "review.meetingDate"),
                    JapaneseDates.isoWithWareki(review.getMeetingDate(), locale)));
            facts.row(List.of(messages.get(locale, "review.attendees"), nullToEmpty(review.getAttendees())));
            facts.row(List.of(messages.get(locale, "review.status"), messages.label(locale, review.getStatus())));
            if (review.getDecidedBy() != null) {
                facts.row(List.of(messages.get(locale, "review.decidedBy"), review.getDecidedBy().getDisplayName()
                        + "　" + JapaneseDates.dateTime(review.getDecidedAt())));
            }
            facts.end();

            pdf.section(messages.get(locale, "review.minutes.inputs"));
            for (ReviewSection section : review.getSections()) {
                pdf.section(section.getTitle());
                String body = section.getBody() == null || section.getBody().isBlank()
                        ? messages.get(locale, "review.minutes.noEntry") : section.getBody();
                body.lines().forEach(pdf::paragraph);
            }

            pdf.section(messages.get(locale, "review.decisions"));
            paragraphs(pdf, review.getDecisions(), locale);
            pdf.section(messages.get(locale, "review.instructions"));
            paragraphs(pdf, review.getInstructions(), locale);
        }
    }

    private void paragraphs(PdfReport pdf, String text, Locale locale) {
        if (text == null || text.isBlank()) {
            pdf.paragraph(messages.get(locale, "review.minutes.noEntry"));
        } else {
            text.lines().forEach(pdf::paragraph);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
