package jp.mamori.consignee;

/** What the consignee list is narrowed to; any part may be null. */
public record ConsigneeFilter(String text, ConsigneeStatus status, Boolean active) {

    public static ConsigneeFilter none() {
        return new ConsigneeFilter(null, null, null);
    }
}
