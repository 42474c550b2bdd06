package jp.mamori.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.history.HistoryService;
import jp.mamori.shared.history.Revision;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.security.SystemActor;
import jp.mamori.support.Actors;
import jp.mamori.support.Fixtures;
import jp.mamori.support.MamoriIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

@MamoriIntegrationTest
class DepartmentServiceTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    DepartmentService departments;
    @Autowired
    HistoryService history;

    @Test
    void aDepartmentCannotBecomeItsOwnAncestor() {
        Department top = fixtures.department("本部");
        Department child = fixtures.department("営業部", top.getId(), null);

        assertThatThrownBy(() -> SystemActor.run(() -> departments.save(top.getId(), null, top.getCode(), top.getName(),
                child.getId(), null, true)))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).messageKey()).isEqualTo("department.error.cycle");
    }

    @Test
    void codesAreUniqueIgnoringCase() {
        Department first = fixtures.department("経理部");
        assertThatThrownBy(() -> SystemActor.run(() -> departments.save(null, null, first.getCode().toLowerCase(),
                "別の部", null, null, true)))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void onlyAdministratorsChangeDepartments() {
        Department department = fixtures.department("総務部");
        var employee = fixtures.principalOf(fixtures.user("emp", department, Role.EMPLOYEE));
        assertThatThrownBy(() -> Actors.as(employee, () -> departments.save(null, null, "X1", "X", null, null, true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(Actors.as(employee, () -> departments.list())).isNotEmpty();
    }

    @Test
    void aStaleSaveIsRefusedAndTheHistoryRecordsWhoChangedWhat() {
        Department department = fixtures.department("品質管理部");
        Department firstCopy = SystemActor.call(() -> departments.get(department.getId()));
        Department secondCopy = SystemActor.call(() -> departments.get(department.getId()));

        firstCopy.setName("品質保証部");
        SystemActor.run(() -> departments.save(firstCopy));
        secondCopy.setName("品質企画部");
        assertThatThrownBy(() -> SystemActor.run(() -> departments.save(secondCopy)))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);

        var revisions = history.history(Department.class, department.getId());
        assertThat(revisions).hasSize(2);
        assertThat(revisions.getFirst().kind()).isEqualTo(Revision.Kind.CHANGED);
        assertThat(revisions.getFirst().changedBy()).isEqualTo("system");
        assertThat(revisions.getFirst().changes())
                .containsExactly(new Revision.FieldChange("name", "品質管理部", "品質保証部"));
        assertThat(revisions.getLast().kind()).isEqualTo(Revision.Kind.CREATED);
    }
}
