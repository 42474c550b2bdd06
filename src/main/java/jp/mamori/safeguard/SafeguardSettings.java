package jp.mamori.safeguard;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * The safeguard feature's settings, each with a default that suits a Japanese organisation:
 * the fiscal year starts in April, a follow-up is due in 30 days, an evidence file is at most 10 MB.
 */
@Component
public class SafeguardSettings {

    private final int fiscalYearStartMonth;
    private final int followUpDays;
    private final DataSize evidenceMaxSize;

    SafeguardSettings(@Value("${mamori.safeguard.fiscal-year-start-month:4}") int fiscalYearStartMonth,
                      @Value("${mamori.safeguard.follow-up-days:30}") int followUpDays,
                      @Value("${mamori.safeguard.evidence-max-size:10MB}") DataSize evidenceMaxSize) {
        if (fiscalYearStartMonth < 1 || fiscalYearStartMonth > 12) {
            throw new IllegalArgumentException("mamori.safeguard.fiscal-year-start-month must be 1..12");
        }
        this.fiscalYearStartMonth = fiscalYearStartMonth;
        this.followUpDays = followUpDays;
        this.evidenceMaxSize = evidenceMaxSize;
    }

    public int fiscalYearStartMonth() {
        return fiscalYearStartMonth;
    }

    public int followUpDays() {
        return followUpDays;
    }

    public long evidenceMaxBytes() {
        return evidenceMaxSize.toBytes();
    }

    /** The limit as users read it, in whole megabytes. */
    public long evidenceMaxMegabytes() {
        return evidenceMaxSize.toMegabytes();
    }
}
