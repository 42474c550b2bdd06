package jp.mamori.organisation.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jp.mamori.organisation.Department;

/** A department as the API shows and accepts it. {@code version} guards against lost updates. */
public record DepartmentDto(
        Long id,
        Long version,
        @NotBlank(message = "{validation.required}") @Size(max = 32, message = "{validation.maxLength}") String code,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.maxLength}") String name,
        Long parentId,
        Long managerId,
        Boolean active) {

    static DepartmentDto of(Department department) {
        return new DepartmentDto(department.getId(), department.getVersion(), department.getCode(), department.getName(),
                department.getParent() == null ? null : department.getParent().getId(),
                department.getManager() == null ? null : department.getManager().getId(),
                department.isActive());
    }
}
