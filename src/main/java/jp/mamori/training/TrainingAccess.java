package jp.mamori.training;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.DepartmentService;
import jp.mamori.shared.security.CurrentUser;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Whose training records the caller may see: privacy managers everyone's, a department's
 * manager the workers of that department and the departments below it, anybody their own.
 */
@Component
public class TrainingAccess {

    private final DepartmentService departments;

    TrainingAccess(DepartmentService departments) {
        this.departments = departments;
    }

    /** The caller's reach over training records. */
    public record Reach(long userId, boolean everyone, Set<Long> departmentIds) {

        public boolean isManager() {
            return everyone || !departmentIds.isEmpty();
        }

        public boolean covers(long workerId, Long workerDepartmentId) {
            return everyone || workerId == userId
                    || (workerDepartmentId != null && departmentIds.contains(workerDepartmentId));
        }

        boolean covers(TrainingAssignment assignment) {
            var user = assignment.getUser();
            return covers(user.getId(), user.getDepartment() == null ? null : user.getDepartment().getId());
        }
    }

    public Reach reach() {
        MamoriPrincipal caller = CurrentUser.require();
        if (caller.hasRole(Role.PRIVACY_MANAGER)) {
            return new Reach(caller.userId(), true, Set.of());
        }
        List<Department> all = departments.list();
        Map<Long, List<Long>> children = new HashMap<>();
        Deque<Long> managed = new ArrayDeque<>();
        for (Department department : all) {
            if (department.getParent() != null) {
                children.computeIfAbsent(department.getParent().getId(), id -> new ArrayList<>())
                        .add(department.getId());
            }
            if (department.getManager() != null && department.getManager().getId() == caller.userId()) {
                managed.add(department.getId());
            }
        }
        Set<Long> reach = new HashSet<>();
        while (!managed.isEmpty()) {
            Long id = managed.pop();
            if (reach.add(id)) {
                managed.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return new Reach(caller.userId(), false, Set.copyOf(reach));
    }

    void check(TrainingAssignment assignment) {
        if (!reach().covers(assignment)) {
            throw new AccessDeniedException("Not within the caller's training records");
        }
    }

    static void checkOwn(TrainingAssignment assignment) {
        if (assignment.getUser().getId() != CurrentUser.require().userId()) {
            throw new AccessDeniedException("Only one's own training is taken");
        }
    }
}
