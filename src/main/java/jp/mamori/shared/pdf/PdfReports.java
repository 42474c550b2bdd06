package jp.mamori.shared.pdf;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Supplier;
import jp.mamori.shared.i18n.Messages;
import org.springframework.stereotype.Component;

/** Opens reports in the house style for the organisation and the reader's language. */
@Component
public class PdfReports {

    private final JapaneseFont font;
    private final Messages messages;
    private final Clock clock;
    private final Supplier<String> organisationName;

    public PdfReports(JapaneseFont font, Messages messages, Clock clock, OrganisationNameSource organisation) {
        this.font = font;
        this.messages = messages;
        this.clock = clock;
        this.organisationName = organisation::organisationName;
    }

    public PdfReport open(OutputStream out, PdfReport.Orientation orientation, String reportNameKey, Locale locale) {
        Locale language = Messages.supported(locale);
        PdfReport.Heading heading = new PdfReport.Heading(
                organisationName.get(),
                messages.get(language, reportNameKey),
                LocalDate.now(clock),
                language,
                messages.get(language, "pdf.page"));
        return new PdfReport(out, orientation, heading, font);
    }

    /** Implemented by the organisation feature: the name printed on every report. */
    public interface OrganisationNameSource {
        String organisationName();
    }
}
