package jp.mamori.safeguard;

import java.util.Locale;
import jp.mamori.report.PackOutput;
import jp.mamori.report.PackPart;
import jp.mamori.report.ReportPeriod;
import org.springframework.stereotype.Component;

/** The checklist report and the results workbook of every framework the organisation follows. */
@Component
class SafeguardPackPart extends PackPart {

    private final SafeguardCatalogueService catalogue;
    private final SafeguardChecklistReport report;
    private final SafeguardResultsExport export;

    SafeguardPackPart(SafeguardCatalogueService catalogue, SafeguardChecklistReport report,
                      SafeguardResultsExport export) {
        super(20, "report.part.safeguards");
        this.catalogue = catalogue;
        this.report = report;
        this.export = export;
    }

    @Override
    public void write(ReportPeriod period, Locale locale, PackOutput out) {
        for (SafeguardFramework framework : catalogue.frameworks()) {
            out.pdf(framework.name(locale), stream -> report.write(stream, framework.getId(), locale));
            out.xlsx("safeguards-" + framework.getCode(), stream -> export.write(stream, framework.getId(), locale));
        }
    }
}
