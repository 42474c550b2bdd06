package jp.mamori.reminder;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DeliveryRepository extends JpaRepository<NotificationDelivery, Long> {

    @Query(value = "select d from NotificationDelivery d join fetch d.notification",
            countQuery = "select count(d) from NotificationDelivery d")
    Page<NotificationDelivery> findAllWithNotification(Pageable pageable);

    /** Literal statuses, so that PostgreSQL can use the partial index of problem deliveries. */
    @Query(value = """
            select d from NotificationDelivery d join fetch d.notification
            where d.status in ('FAILED', 'NOT_CONFIGURED', 'NO_ADDRESS')
            """, countQuery = """
            select count(d) from NotificationDelivery d where d.status in ('FAILED', 'NOT_CONFIGURED', 'NO_ADDRESS')
            """)
    Page<NotificationDelivery> findProblems(Pageable pageable);

    @Query("select count(d) from NotificationDelivery d where d.status in ('FAILED', 'NOT_CONFIGURED', 'NO_ADDRESS')")
    long countProblems();
}
