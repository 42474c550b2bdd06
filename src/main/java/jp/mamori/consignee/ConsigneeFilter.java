package jp.mamori.consignee;

/**
 * What the consignee list is narrowed to; any part may be null (no restriction). A Boolean
 * flag restricts only when TRUE. A consignee is still relied on while it is active and neither
 * terminated nor rejected.
 *
 * @param evaluationOverdue     approved (with or without conditions) and past the re-evaluation date
 * @param certificationExpiring still relied on, with a certification lapsed or expiring within
 *                              {@link ConsigneeService#EXPIRY_WARNING_DAYS} days
 * @param certificationLapsed   still relied on, with a lapsed certification (the dashboard's figure)
 * @param specialCare           receives special-care personal information in a ledger entry
 */
public record ConsigneeFilter(String text, ConsigneeStatus status, Boolean active, Boolean evaluationOverdue,
                              Boolean certificationExpiring, Boolean certificationLapsed, Boolean specialCare) {

    /**
     * The register's query parameter for {@code certificationLapsed}, {@code =true} to tick it:
     * the dashboard's figure links to the consignees behind it, and the filtered list can be bookmarked.
     */
    public static final String CERTIFICATION_LAPSED_PARAMETER = "certificationLapsed";

    public ConsigneeFilter(String text, ConsigneeStatus status, Boolean active) {
        this(text, status, active, null, null, null, null);
    }

    public static ConsigneeFilter none() {
        return new ConsigneeFilter(null, null, null);
    }
}
