package jp.mamori.safeguard;

import java.util.List;
import java.util.Map;
import jp.mamori.organisation.Department;

/**
 * A framework's readiness for the examiner under the JAPHIC rule: every mandatory item met and
 * at least {@value #DESIRABLE_PERCENT}% of the desirable ones, items not applicable left out
 * of the count.
 */
public record Readiness(SafeguardFramework framework, Share mandatory, Share desirable, boolean ready,
                        List<HeadingReadiness> headings, List<ItemReadiness> items, List<ItemReadiness> blocking,
                        List<DepartmentReadiness> departments) {

    public static final int MANDATORY_PERCENT = 100;
    public static final int DESIRABLE_PERCENT = 70;

    public boolean mandatoryMet() {
        return mandatory.atLeast(MANDATORY_PERCENT);
    }

    public boolean desirableMet() {
        return desirable.atLeast(DESIRABLE_PERCENT);
    }

    public Share all() {
        return mandatory.plus(desirable);
    }

    public record HeadingReadiness(SafeguardHeading heading, Share all, Share mandatory, Share desirable) {
    }

    public record ItemReadiness(SafeguardItem item, ItemState state) {
    }

    /** One department's share of met items under each heading (keyed by heading id). */
    public record DepartmentReadiness(Department department, Map<Long, Share> byHeading, Share all) {
    }
}
