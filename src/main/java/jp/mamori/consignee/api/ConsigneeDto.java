package jp.mamori.consignee.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jp.mamori.consignee.Consignee;
import jp.mamori.consignee.ConsigneeStatus;
import jp.mamori.consignee.ConsigneeValues;
import jp.mamori.consignee.ValidCorporateNumber;

/** A consignee as the API shows and accepts it. {@code version} guards against lost updates. */
public record ConsigneeDto(
        Long id,
        Long version,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.maxLength}") String name,
        @ValidCorporateNumber String corporateNumber,
        @Size(max = 500, message = "{validation.maxLength}") String address,
        ConsigneeStatus status,
        Boolean active) {

    static ConsigneeDto of(Consignee consignee) {
        return new ConsigneeDto(consignee.getId(), consignee.getVersion(), consignee.getName(),
                consignee.getCorporateNumber(), consignee.getAddress(), consignee.getStatus(), consignee.isActive());
    }

    ConsigneeValues values() {
        return new ConsigneeValues(name, corporateNumber, address, status, active == null || active);
    }
}
