package jp.mamori.safeguard;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SafeguardItemRepository extends JpaRepository<SafeguardItem, Long> {

    Optional<SafeguardItem> findByCode(String code);

    @EntityGraph(attributePaths = {"heading", "owner"}, type = EntityGraph.EntityGraphType.LOAD)
    @Query("select i from SafeguardItem i where i.heading.framework = ?1 order by i.heading.sortOrder, i.sortOrder, i.code")
    List<SafeguardItem> findByFramework(SafeguardFramework framework);

    /** Items in force, with what the obligations and check creation need. */
    @EntityGraph(attributePaths = {"heading", "owner"}, type = EntityGraph.EntityGraphType.LOAD)
    @Query("select i from SafeguardItem i where i.enabled = true and i.retired = false "
            + "order by i.heading.sortOrder, i.sortOrder, i.code")
    List<SafeguardItem> findInForce();

    @Query("select i.code from SafeguardItem i where i.custom = true")
    List<String> findCustomCodes();
}
