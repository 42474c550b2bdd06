package jp.mamori.consignee;

/** The editable fields of a consignee, as the API delivers them. */
public record ConsigneeValues(String name, String corporateNumber, String address, ConsigneeStatus status,
                              boolean active) {

    void applyTo(Consignee consignee) {
        consignee.setName(name);
        consignee.setCorporateNumber(corporateNumber);
        consignee.setAddress(address);
        consignee.setStatus(status == null ? ConsigneeStatus.CANDIDATE : status);
        consignee.setActive(active);
    }
}
