package jp.mamori.ledger;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LedgerReviewRepository extends JpaRepository<LedgerReview, Long> {

    @Query("select r from LedgerReview r where r.entry.id = :entryId order by r.reviewedOn desc, r.id desc")
    List<LedgerReview> findByEntry(long entryId);
}
