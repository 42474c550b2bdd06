package jp.mamori.security;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LoginEventRepository extends JpaRepository<LoginEvent, Long> {

    @Query("""
            select e from LoginEvent e
            where (:username is null or lower(e.username) like lower(concat('%', cast(:username as string), '%')))
              and (:kind is null or e.kind = :kind)
            """)
    Page<LoginEvent> search(String username, LoginEvent.Kind kind, Pageable pageable);

    @Query("""
            select count(e) from LoginEvent e
            where (:username is null or lower(e.username) like lower(concat('%', cast(:username as string), '%')))
              and (:kind is null or e.kind = :kind)
            """)
    long countMatching(String username, LoginEvent.Kind kind);
}
