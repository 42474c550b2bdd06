package jp.mamori.organisation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.mamori.shared.RuleViolation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/** The department hierarchy. Everyone signed in may read it; administrators change it. */
@Service
@Validated
public class DepartmentService {

    private final DepartmentRepository departments;
    private final UserAccountRepository users;

    DepartmentService(DepartmentRepository departments, UserAccountRepository users) {
        this.departments = departments;
        this.users = users;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Department> list() {
        return departments.findAllByOrderByCodeAsc();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Department get(long id) {
        Department department = departments.findById(id).orElseThrow();
        initialise(department);
        return department;
    }

    /** The departments the person manages, for features where a department's manager edits its records. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Set<Long> managedBy(long userId) {
        return departments.findAllByOrderByCodeAsc().stream()
                .filter(department -> department.getManager() != null && department.getManager().getId() == userId)
                .map(Department::getId)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Department save(@jakarta.validation.Valid Department department) {
        departments.findByCodeIgnoreCase(department.getCode())
                .filter(existing -> !existing.getId().equals(department.getId()))
                .ifPresent(existing -> {
                    throw RuleViolation.onField("code", "department.error.codeTaken", department.getCode());
                });
        checkNoCycle(department);
        Department saved = departments.save(department);
        initialise(saved);
        return saved;
    }

    /** Creates or updates from plain values (the REST API and imports). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public Department save(Long id, Long expectedVersion, String code, String name, Long parentId, Long managerId,
                           boolean active) {
        Department department = id == null ? new Department() : departments.findById(id).orElseThrow();
        if (id != null && expectedVersion != null) {
            jp.mamori.shared.persistence.StaleRecordException.check(department, expectedVersion);
        }
        department.setCode(code);
        department.setName(name);
        department.setParent(parentId == null ? null : departments.findById(parentId)
                .orElseThrow(() -> RuleViolation.onField("parentId", "department.error.unknownParent")));
        department.setManager(managerId == null ? null : users.findById(managerId)
                .orElseThrow(() -> RuleViolation.onField("managerId", "department.error.unknownManager")));
        department.setActive(active);
        return save(department);
    }

    private void checkNoCycle(Department department) {
        Set<Long> seen = new HashSet<>();
        Department cursor = department.getParent();
        while (cursor != null) {
            if (cursor.getId() != null && (cursor.getId().equals(department.getId()) || !seen.add(cursor.getId()))) {
                throw RuleViolation.onField("parentId", "department.error.cycle");
            }
            cursor = cursor.getId() == null ? null : departments.findById(cursor.getId()).map(Department::getParent).orElse(null);
        }
    }

    private static void initialise(Department department) {
        if (department.getParent() != null) {
            department.getParent().getName();
        }
        if (department.getManager() != null) {
            department.getManager().getDisplayName();
        }
    }
}
