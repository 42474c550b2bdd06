package jp.mamori.notice;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import jp.mamori.notice.PublicNotice.Items;
import jp.mamori.notice.PublicNotice.Markdown;
import jp.mamori.notice.PublicNotice.Section;
import jp.mamori.notice.PublicNotice.Subheading;
import jp.mamori.notice.PublicNotice.Table;
import jp.mamori.notice.PublicNotice.Text;
import jp.mamori.policy.PolicyMarkdown;
import jp.mamori.shared.pdf.PdfReport;
import jp.mamori.shared.pdf.PdfReports;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The public notice generated from the records, as a model, an HTML fragment or a PDF. */
@Service
public class PublicNoticeService {

    private final NoticeComposer composer;
    private final PdfReports reports;

    PublicNoticeService(NoticeComposer composer, PdfReports reports) {
        this.composer = composer;
        this.reports = reports;
    }

    @PreAuthorize(NoticeSettingsService.READERS)
    @Transactional(readOnly = true)
    public PublicNotice notice(Locale locale) {
        return composer.compose(locale);
    }

    /** A self-contained HTML fragment ({@code <article>}) to paste on the website. */
    @PreAuthorize(NoticeSettingsService.READERS)
    @Transactional(readOnly = true)
    public String html(Locale locale) {
        return NoticeHtml.render(composer.compose(locale));
    }

    @PreAuthorize(NoticeSettingsService.READERS)
    @Transactional(readOnly = true)
    public void pdf(Locale locale, OutputStream out) {
        PublicNotice notice = composer.compose(locale);
        try (PdfReport pdf = reports.open(out, PdfReport.Orientation.PORTRAIT, "notice.title", notice.locale())) {
            for (Section section : notice.sections()) {
                if (section.heading() != null) {
                    pdf.section(section.heading());
                }
                section.blocks().forEach(block -> {
                    switch (block) {
                        case Text text -> pdf.paragraph(text.text());
                        case Subheading subheading -> pdf.paragraph("■ " + subheading.text());
                        case Items items -> items.items().forEach(item -> pdf.paragraph("・" + item));
                        case Table table -> {
                            PdfReport.Table rows = pdf.table(table.headers(), widths(table.headers()));
                            table.rows().forEach(rows::row);
                            rows.end();
                        }
                        case Markdown markdown -> PolicyMarkdown.plainLines(markdown.source()).forEach(pdf::paragraph);
                    }
                });
            }
        }
    }

    private static float[] widths(List<String> headers) {
        float[] widths = new float[headers.size()];
        Arrays.fill(widths, 1f);
        widths[widths.length - 1] = widths.length == 2 ? 2.5f : 1.5f;
        return widths;
    }
}
