package jp.mamori.safeguard.api;

import jakarta.validation.constraints.Size;
import java.util.Set;
import java.util.stream.Collectors;
import jp.mamori.organisation.Department;
import jp.mamori.safeguard.CheckFrequency;
import jp.mamori.safeguard.ItemValues;
import jp.mamori.safeguard.Requirement;
import jp.mamori.safeguard.SafeguardItem;

/**
 * A catalogue item as the API shows it. On update, only the tailoring fields count for a shipped
 * item; texts and requirement also for the organisation's own items. Send the version you read.
 */
public record SafeguardItemDto(
        Long id,
        Long version,
        String code,
        String framework,
        Long headingId,
        String headingCode,
        String sectionJa,
        @Size(max = 2000, message = "{validation.maxLength}") String textJa,
        @Size(max = 2000, message = "{validation.maxLength}") String textEn,
        Requirement requirement,
        @Size(max = 200, message = "{validation.maxLength}") String clauseRef,
        CheckFrequency frequency,
        Boolean enabled,
        @Size(max = 1000, message = "{validation.maxLength}") String disabledReason,
        Set<Long> departmentIds,
        Long ownerId,
        Boolean custom,
        Boolean retired) {

    static SafeguardItemDto of(SafeguardItem item) {
        return new SafeguardItemDto(item.getId(), item.getVersion(), item.getCode(),
                item.getHeading().getFramework().getCode(), item.getHeading().getId(), item.getHeading().getCode(),
                item.section(java.util.Locale.JAPANESE), item.getTextJa(), item.getTextEn(), item.getRequirement(),
                item.getClauseRef(), item.getFrequency(), item.isEnabled(), item.getDisabledReason(),
                item.getDepartments().stream().map(Department::getId).collect(Collectors.toSet()),
                item.getOwner() == null ? null : item.getOwner().getId(), item.isCustom(), item.isRetired());
    }

    ItemValues values() {
        return new ItemValues(enabled == null || enabled, disabledReason, departmentIds, frequency, ownerId, clauseRef,
                textJa, textEn, requirement);
    }
}
