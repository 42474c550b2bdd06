package jp.mamori.safeguard;

import java.util.Set;
import java.util.stream.Collectors;
import jp.mamori.organisation.Department;

/**
 * What the organisation may set on an item. Texts and requirement count for its own items
 * only; on a shipped item the catalogue owns them.
 */
public record ItemValues(boolean enabled, String disabledReason, Set<Long> departmentIds, CheckFrequency frequency,
                         Long ownerId, String clauseRef, String textJa, String textEn, Requirement requirement) {

    public static ItemValues of(SafeguardItem item) {
        return new ItemValues(item.isEnabled(), item.getDisabledReason(),
                item.getDepartments().stream().map(Department::getId).collect(Collectors.toSet()),
                item.getFrequency(), item.getOwner() == null ? null : item.getOwner().getId(), item.getClauseRef(),
                item.getTextJa(), item.getTextEn(), item.getRequirement());
    }
}
