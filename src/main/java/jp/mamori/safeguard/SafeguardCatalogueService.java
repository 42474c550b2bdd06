package jp.mamori.safeguard;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.persistence.StaleRecordException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The catalogue as the organisation tailors it. Privacy managers edit; auditors and top
 * management read; every signed-in worker may see the frameworks (my checks names them).
 */
@Service
public class SafeguardCatalogueService {

    static final String READERS = "hasAnyRole('PRIVACY_MANAGER','AUDITOR','TOP_MANAGEMENT','ADMIN')";
    private static final String CUSTOM_PREFIX = "ORG-";

    private final SafeguardFrameworkRepository frameworks;
    private final SafeguardHeadingRepository headings;
    private final SafeguardItemRepository items;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    SafeguardCatalogueService(SafeguardFrameworkRepository frameworks, SafeguardHeadingRepository headings,
                              SafeguardItemRepository items, Clock clock) {
        this.frameworks = frameworks;
        this.headings = headings;
        this.items = items;
        this.clock = clock;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SafeguardFramework> frameworks() {
        return frameworks.findAllByOrderByIdAsc();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public SafeguardFramework framework(String code) {
        return frameworks.findByCode(code).orElseThrow();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<SafeguardHeading> headings(long frameworkId) {
        return headings.findByFrameworkOrderBySortOrderAsc(frameworks.findById(frameworkId).orElseThrow());
    }

    /** Every item of a framework, retired ones included, in catalogue order. */
    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public List<SafeguardItem> items(long frameworkId) {
        List<SafeguardItem> list = items.findByFramework(frameworks.findById(frameworkId).orElseThrow());
        list.forEach(SafeguardCatalogueService::initialise);
        return list;
    }

    @PreAuthorize(READERS)
    @Transactional(readOnly = true)
    public SafeguardItem get(long id) {
        SafeguardItem item = items.findById(id).orElseThrow();
        initialise(item);
        return item;
    }

    /** Saves an item edited in a form: tailoring for a shipped item, everything for the organisation's own. */
    @PreAuthorize("hasRole('PRIVACY_MANAGER')")
    @Transactional
    public SafeguardItem save(SafeguardItem edited) {
        if (edited.isNew()) {
            return addCustom(edited.getHeading().getId(), ItemValues.of(edited));
        }
        return tailor(edited.getId(), edited.getVersion(), ItemValues.of(edited));
    }

    @PreAuthorize("hasRole('PRIVACY_MANAGER')")
    @Transactional
    public SafeguardItem tailor(long id, Long expectedVersion, ItemValues values) {
        SafeguardItem item = items.findById(id).orElseThrow();
        if (expectedVersion != null) {
            StaleRecordException.check(item, expectedVersion);
        }
        apply(item, values);
        SafeguardItem saved = items.saveAndFlush(item);
        initialise(saved);
        return saved;
    }

    /** Adds one of the organisation's own items under a heading; its code is ORG-nnnn. */
    @PreAuthorize("hasRole('PRIVACY_MANAGER')")
    @Transactional
    public SafeguardItem addCustom(long headingId, ItemValues values) {
        SafeguardHeading heading = headings.findById(headingId)
                .orElseThrow(() -> RuleViolation.onField("headingId", "safeguard.error.unknownHeading"));
        SafeguardItem item = SafeguardItem.custom(nextCustomCode(), heading, LocalDate.now(clock));
        apply(item, values);
        SafeguardItem saved = items.saveAndFlush(item);
        initialise(saved);
        return saved;
    }

    private void apply(SafeguardItem item, ItemValues values) {
        if (!values.enabled() && (values.disabledReason() == null || values.disabledReason().isBlank())) {
            throw RuleViolation.onField("disabledReason", "safeguard.error.reasonRequired");
        }
        if (values.frequency() == null) {
            throw RuleViolation.onField("frequency", "safeguard.error.frequencyRequired");
        }
        item.setEnabled(values.enabled());
        item.setDisabledReason(values.enabled() ? null : values.disabledReason());
        item.setFrequency(values.frequency());
        item.setClauseRef(values.clauseRef());
        item.setOwner(values.ownerId() == null ? null : find(UserAccount.class, values.ownerId(), "ownerId",
                "safeguard.error.unknownOwner"));
        Set<Department> departments = new HashSet<>();
        for (Long departmentId : values.departmentIds() == null ? Set.<Long>of() : values.departmentIds()) {
            departments.add(find(Department.class, departmentId, "departmentIds", "safeguard.error.unknownDepartment"));
        }
        item.setDepartments(departments);
        if (item.isCustom()) {
            if (values.textJa() == null || values.textJa().isBlank()) {
                throw RuleViolation.onField("textJa", "safeguard.error.textRequired");
            }
            item.setTextJa(values.textJa());
            item.setTextEn(values.textEn() == null || values.textEn().isBlank() ? values.textJa() : values.textEn());
            item.setRequirement(values.requirement() == null ? Requirement.DESIRABLE : values.requirement());
        }
    }

    private <T> T find(Class<T> type, long id, String field, String key) {
        T found = entityManager.find(type, id);
        if (found == null) {
            throw RuleViolation.onField(field, key);
        }
        return found;
    }

    private String nextCustomCode() {
        int highest = items.findCustomCodes().stream()
                .filter(code -> code.startsWith(CUSTOM_PREFIX))
                .map(code -> code.substring(CUSTOM_PREFIX.length()))
                .filter(number -> number.matches("\\d+"))
                .mapToInt(Integer::parseInt)
                .max().orElse(0);
        return CUSTOM_PREFIX + String.format("%04d", highest + 1);
    }

    static void initialise(SafeguardItem item) {
        item.getHeading().getFramework().getCode();
        item.getDepartments().forEach(Department::getName);
        if (item.getOwner() != null) {
            item.getOwner().getDisplayName();
        }
    }
}
