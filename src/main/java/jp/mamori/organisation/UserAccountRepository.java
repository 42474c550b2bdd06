package jp.mamori.organisation;

import java.util.List;
import java.util.Optional;
import jp.mamori.shared.security.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long>, JpaSpecificationExecutor<UserAccount> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    @Override
    @EntityGraph(attributePaths = {"department"}, type = EntityGraph.EntityGraphType.LOAD)
    Page<UserAccount> findAll(Specification<UserAccount> specification, Pageable pageable);

    @EntityGraph(attributePaths = {"department"}, type = EntityGraph.EntityGraphType.LOAD)
    List<UserAccount> findAllByOrderByUsernameAsc();

    @Query("select u from UserAccount u join u.roles r where r = :role and u.active = true order by u.username")
    List<UserAccount> findActiveWithRole(Role role);

    List<UserAccount> findByActiveTrueOrderByDisplayNameAsc();
}
