package jp.mamori.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PolicyVersionRepository extends JpaRepository<PolicyVersion, Long> {

    List<PolicyVersion> findByDocumentIdOrderByNumberDesc(long documentId);

    Optional<PolicyVersion> findFirstByDocumentIdOrderByNumberDesc(long documentId);

    Optional<PolicyVersion> findByDocumentIdAndStatus(long documentId, PolicyStatus status);

    Optional<PolicyVersion> findFirstByDocumentKindAndStatusOrderByPublishedOnDescIdDesc(PolicyKind kind,
                                                                                        PolicyStatus status);

    @Query("""
            select v.effectiveOn from PolicyVersion v
            where v.document.id = :documentId and v.status in ('PUBLISHED', 'SUPERSEDED')
            order by v.number""")
    List<LocalDate> publicationDates(@Param("documentId") long documentId);

    String PENDING = """
            select new jp.mamori.policy.PendingAcknowledgement(v.id, d.titleJa, d.titleEn, v.number, v.publishedOn,
                u.id, dep.id, u.hireDate)
            from PolicyVersion v join v.document d, UserAccount u left join u.department dep
            where v.status = 'PUBLISHED' and u.active = true
            and not exists (select a.id from Acknowledgement a where a.versionId = v.id and a.userId = u.id)""";

    /** Acknowledgements owed since {@code owedBy} or earlier (publication, or hiring when later). */
    @Query(PENDING + """
             and v.publishedOn <= :owedBy and (u.hireDate is null or u.hireDate <= :owedBy)
            order by v.publishedOn, v.id, u.id""")
    Stream<PendingAcknowledgement> streamPending(@Param("owedBy") LocalDate owedBy);

    @Query(PENDING + " and u.id = :userId order by v.publishedOn, v.id")
    List<PendingAcknowledgement> pendingFor(@Param("userId") long userId);

    @Query("""
            select new jp.mamori.policy.AcknowledgementRow(u.id, u.displayName, dep.name, a.acknowledgedAt)
            from UserAccount u left join u.department dep
            left join Acknowledgement a on a.userId = u.id and a.versionId = :versionId
            where u.active = true or a.id is not null
            order by case when a.id is null then 0 else 1 end, u.displayName, u.id""")
    List<AcknowledgementRow> acknowledgements(@Param("versionId") long versionId);
}
