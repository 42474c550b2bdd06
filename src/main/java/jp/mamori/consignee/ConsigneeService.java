package jp.mamori.consignee;

import jakarta.validation.Valid;
import java.util.List;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.persistence.StaleRecordException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The register of consignees. Privacy managers and administrators keep it; auditors and top
 * management read it; anyone who records a consignment may pick from it.
 */
@Service
@Validated
public class ConsigneeService {

    private static final String READERS = "hasAnyRole('ADMIN','PRIVACY_MANAGER','AUDITOR','TOP_MANAGEMENT')";
    private static final String KEEPERS = "hasAnyRole('ADMIN','PRIVACY_MANAGER')";

    private final ConsigneeRepository consignees;

    ConsigneeService(ConsigneeRepository consignees) {
        this.consignees = consignees;
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Page<Consignee> page(ConsigneeFilter filter, Pageable pageable) {
        return consignees.findAll(ConsigneeSpecifications.matching(filter), pageable);
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public long count(ConsigneeFilter filter) {
        return consignees.count(ConsigneeSpecifications.matching(filter));
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public Consignee get(long id) {
        return consignees.findById(id).orElseThrow();
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

    @PreAuthorize(KEEPERS)
    @Transactional
    public Consignee save(@Valid Consignee consignee) {
        if (consignee.getCorporateNumber() != null) {
            consignees.findByCorporateNumber(consignee.getCorporateNumber())
                    .filter(existing -> !existing.getId().equals(consignee.getId()))
                    .ifPresent(existing -> {
                        throw RuleViolation.onField("corporateNumber", "consignee.error.corporateNumberTaken",
                                consignee.getCorporateNumber(), existing.getName());
                    });
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
        values.applyTo(consignee);
        return save(consignee);
    }
}
