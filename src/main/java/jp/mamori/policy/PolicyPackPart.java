package jp.mamori.policy;

import java.util.Locale;
import jp.mamori.report.PackOutput;
import jp.mamori.report.PackPart;
import jp.mamori.report.ReportPeriod;
import org.springframework.stereotype.Component;

/**
 * The policy documents in force at the time of the pack, each with its revision history and
 * approval records; the basic policy comes first in the pack, as in the PMS.
 */
@Component
class PolicyPackPart extends PackPart {

    private final PolicyService policies;
    private final PolicyReports reports;

    PolicyPackPart(PolicyService policies, PolicyReports reports) {
        super(5, "report.part.policies");
        this.policies = policies;
        this.reports = reports;
    }

    @Override
    public void write(ReportPeriod period, Locale locale, PackOutput out) {
        for (PolicyDocument document : policies.documents()) {
            policies.inForce(document.getId()).ifPresent(policy -> out.pdf(document.title(locale),
                    stream -> reports.versionPdf(policy.version().getId(), stream, locale)));
        }
    }
}
