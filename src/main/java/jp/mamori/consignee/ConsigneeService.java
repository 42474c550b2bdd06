package jp.mamori.consignee;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.persistence.StaleRecordException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The register of consignees with their certifications and sub-consignees. Privacy managers
 * and administrators keep it; auditors and top management read it; anyone who records a
 * consignment may pick from it.
 */
@Service
@Validated
public class ConsigneeService {

    static final String READERS = "hasAnyRole('ADMIN','PRIVACY_MANAGER','AUDITOR','TOP_MANAGEMENT')";
    static final String KEEPERS = "hasAnyRole('ADMIN','PRIVACY_MANAGER')";

    /** How far ahead a certification counts as expiring in the register's filter. */
    public static final int EXPIRY_WARNING_DAYS = 90;

    private final ConsigneeRepository consignees;
    private final CertificationRepository certifications;
    private final List<ConsignedInformation> consigned;
    private final Clock clock;

    ConsigneeService(ConsigneeRepository consignees, CertificationRepository certifications,
                     List<ConsignedInformation> consigned, Clock clock) {
        this.consignees = consignees;
        this.certifications = certifications;
        this.consigned = consigned;
        this.clock = clock;
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Page<Consignee> page(ConsigneeFilter filter, Pageable pageable) {
        return consignees.findAll(specification(filter), pageable);
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public long count(ConsigneeFilter filter) {
        return consignees.count(specification(filter));
    }

    /** Every consignee the filter matches, by name (the xlsx export). */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<Consignee> list(ConsigneeFilter filter) {
        return consignees.findAll(specification(filter), Sort.by("name", "id"));
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Consignee get(long id) {
        return consignees.findWithParent(id).orElseThrow();
    }

    /**
     * Every consignee by name, for pickers in other records (a ledger entry's consignees). Those
     * that may not receive new work are included: linking them needs a recorded override.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Consignee> selectable() {
        return consignees.findAllByOrderByNameAscIdAsc();
    }

    /** The consignees this one sub-consigns to directly. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<Consignee> subConsignees(long id) {
        return consignees.findByParentIdOrderByNameAscIdAsc(id);
    }

    /** Who may be this consignee's parent: anyone but itself and its own sub-consignees, at any depth. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<Consignee> parentCandidates(Long id) {
        Set<Long> excluded = id == null ? Set.of() : descendantsAndSelf(id);
        return consignees.findAllByOrderByNameAscIdAsc().stream().filter(c -> !excluded.contains(c.getId())).toList();
    }

    /** The ledger entries the consignee receives, as the ledger reports them. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<ConsignedInformation.ConsignedEntry> receivedEntries(long id) {
        return consigned.stream().flatMap(source -> source.entriesReceivedBy(id).stream())
                .sorted(Comparator.comparing(ConsignedInformation.ConsignedEntry::reference,
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
    }

    @PreAuthorize(KEEPERS)
    @Transactional
    public Consignee save(@Valid Consignee consignee) {
        ConsigneeStatus saved = consignee.isNew() ? null
                : consignees.findSavedStatus(consignee.getId()).orElseThrow();
        if (!consignee.getStatus().settableByHandFrom(saved)) {
            throw RuleViolation.onField("status", "consignee.error.approvalByAssessment");
        }
        if (consignee.getCorporateNumber() != null) {
            consignees.findByCorporateNumber(consignee.getCorporateNumber())
                    .filter(existing -> !existing.getId().equals(consignee.getId()))
                    .ifPresent(existing -> {
                        throw RuleViolation.onField("corporateNumber", "consignee.error.corporateNumberTaken",
                                consignee.getCorporateNumber(), existing.getName());
                    });
        }
        if (consignee.getParent() != null && consignee.getId() != null
                && descendantsAndSelf(consignee.getId()).contains(consignee.getParent().getId())) {
            throw RuleViolation.onField("parent", "consignee.error.parentCycle");
        }
        return consignees.save(consignee);
    }

    /** Creates or updates from plain values (the REST API). */
    @PreAuthorize(KEEPERS)
    @Transactional
    public Consignee save(Long id, Long expectedVersion, ConsigneeValues values) {
        Consignee consignee = id == null ? new Consignee() : consignees.findById(id).orElseThrow();
        if (id != null && expectedVersion != null) {
            StaleRecordException.check(consignee, expectedVersion);
        }
        Consignee parent = values.parentId() == null ? null
                : consignees.findById(values.parentId())
                .orElseThrow(() -> RuleViolation.onField("parentId", "consignee.error.unknownParent", values.parentId()));
        values.applyTo(consignee, parent);
        return save(consignee);
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<Certification> certifications(long consigneeId) {
        return certifications.findByConsigneeIdOrderByKindAscExpiresOnAsc(consigneeId);
    }

    /** A new certification for the consignee. */
    @PreAuthorize(KEEPERS)
    @Transactional(readOnly = true)
    public Certification newCertification(long consigneeId) {
        return new Certification(get(consigneeId));
    }

    @PreAuthorize(KEEPERS)
    @Transactional
    public Certification saveCertification(@Valid Certification certification) {
        return certifications.save(certification);
    }

    @PreAuthorize(KEEPERS)
    @Transactional
    public void removeCertification(long certificationId) {
        certifications.deleteById(certificationId);
    }

    private Set<Long> descendantsAndSelf(long id) {
        Set<Long> found = new HashSet<>();
        List<Long> frontier = new ArrayList<>(List.of(id));
        while (!frontier.isEmpty()) {
            long next = frontier.removeLast();
            if (found.add(next)) {
                consignees.findByParentIdOrderByNameAscIdAsc(next).forEach(child -> frontier.add(child.getId()));
            }
        }
        return found;
    }

    private Specification<Consignee> specification(ConsigneeFilter filter) {
        return ConsigneeSpecifications.matching(filter, LocalDate.now(clock), this::receivingSpecialCare);
    }

    private Set<Long> receivingSpecialCare() {
        Set<Long> ids = new HashSet<>();
        consigned.forEach(source -> ids.addAll(source.consigneesReceivingSpecialCare()));
        return ids;
    }
}
