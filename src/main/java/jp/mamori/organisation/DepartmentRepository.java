package jp.mamori.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface DepartmentRepository extends JpaRepository<Department, Long> {

    Optional<Department> findByCodeIgnoreCase(String code);

    @EntityGraph(attributePaths = {"parent", "manager"}, type = EntityGraph.EntityGraphType.LOAD)
    List<Department> findAllByOrderByCodeAsc();
}
