package jp.mamori.consignee;

/** The editable fields of a consignee, as the API delivers them. */
public record ConsigneeValues(String name, String corporateNumber, String address, String contact, String services,
                              Long parentId, ConsigneeStatus status, boolean active) {

    public ConsigneeValues(String name, String corporateNumber, String address, ConsigneeStatus status,
                           boolean active) {
        this(name, corporateNumber, address, null, null, null, status, active);
    }

    void applyTo(Consignee consignee, Consignee parent) {
        consignee.setName(name);
        consignee.setCorporateNumber(corporateNumber);
        consignee.setAddress(address);
        consignee.setContact(contact);
        consignee.setServices(services);
        consignee.setParent(parent);
        // Left out, a new consignee starts as a candidate and an existing one keeps its status.
        if (status != null) {
            consignee.setStatus(status);
        }
        consignee.setActive(active);
    }
}
