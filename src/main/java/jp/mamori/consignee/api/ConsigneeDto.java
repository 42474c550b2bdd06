package jp.mamori.consignee.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import jp.mamori.consignee.Consignee;
import jp.mamori.consignee.ConsigneeStatus;
import jp.mamori.consignee.ConsigneeValues;
import jp.mamori.consignee.ValidCorporateNumber;

/**
 * A consignee as the API shows and accepts it. {@code version} guards against lost updates;
 * {@code nextEvaluationDue} is read-only (assessments set it).
 */
public record ConsigneeDto(
        Long id,
        Long version,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.maxLength}") String name,
        @ValidCorporateNumber String corporateNumber,
        @Size(max = 500, message = "{validation.maxLength}") String address,
        @Size(max = 500, message = "{validation.maxLength}") String contact,
        @Size(max = 2000, message = "{validation.maxLength}") String services,
        Long parentId,
        ConsigneeStatus status,
        Boolean active,
        LocalDate nextEvaluationDue) {

    static ConsigneeDto of(Consignee consignee) {
        return new ConsigneeDto(consignee.getId(), consignee.getVersion(), consignee.getName(),
                consignee.getCorporateNumber(), consignee.getAddress(), consignee.getContact(), consignee.getServices(),
                consignee.getParent() == null ? null : consignee.getParent().getId(), consignee.getStatus(),
                consignee.isActive(), consignee.getNextEvaluationDue());
    }

    ConsigneeValues values() {
        return new ConsigneeValues(name, corporateNumber, address, contact, services, parentId, status,
                active == null || active);
    }
}
