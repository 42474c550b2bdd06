package jp.mamori.safeguard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.DepartmentService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes readiness from the latest answer of each item in each department it applies to.
 * Disabled and retired items are outside the count, like not-applicable ones.
 */
@Service
public class ReadinessService {

    private final SafeguardFrameworkRepository frameworks;
    private final SafeguardHeadingRepository headings;
    private final SafeguardItemRepository items;
    private final CheckAnswerRepository answers;
    private final DepartmentService departments;

    ReadinessService(SafeguardFrameworkRepository frameworks, SafeguardHeadingRepository headings,
                     SafeguardItemRepository items, CheckAnswerRepository answers, DepartmentService departments) {
        this.frameworks = frameworks;
        this.headings = headings;
        this.items = items;
        this.answers = answers;
        this.departments = departments;
    }

    @PreAuthorize(SafeguardCatalogueService.READERS)
    @Transactional(readOnly = true)
    public Readiness readiness(long frameworkId) {
        SafeguardFramework framework = frameworks.findById(frameworkId).orElseThrow();
        List<Department> active = departments.list().stream().filter(Department::isActive).toList();
        Map<String, CheckResult> latest = new HashMap<>();
        for (CheckAnswer answer : answers.findAnsweredInFramework(frameworkId)) {
            latest.putIfAbsent(key(answer.getItem().getId(), answer.getDepartment().getId()), answer.getResult());
        }
        List<SafeguardHeading> headingList = headings.findByFrameworkOrderBySortOrderAsc(framework);
        Map<Long, Share[]> byHeading = new LinkedHashMap<>();
        headingList.forEach(h -> byHeading.put(h.getId(), new Share[] {Share.none(), Share.none(), Share.none()}));
        Map<Long, Map<Long, Share>> byDepartment = new LinkedHashMap<>();
        active.forEach(d -> byDepartment.put(d.getId(), new HashMap<>()));
        Share mandatory = Share.none();
        Share desirable = Share.none();
        List<Readiness.ItemReadiness> states = new ArrayList<>();
        for (SafeguardItem item : items.findByFramework(framework)) {
            if (!item.isInForce()) {
                continue;
            }
            item.getDepartments().size();
            List<CheckResult> results = new ArrayList<>();
            for (Department department : active) {
                if (item.appliesTo(department)) {
                    CheckResult result = latest.get(key(item.getId(), department.getId()));
                    results.add(result);
                    byDepartment.get(department.getId()).merge(item.getHeading().getId(),
                            Share.none().plus(stateOf(result)), Share::plus);
                }
            }
            ItemState state = combine(results);
            states.add(new Readiness.ItemReadiness(item, state));
            Share[] shares = byHeading.get(item.getHeading().getId());
            shares[0] = shares[0].plus(state);
            if (item.getRequirement() == Requirement.MANDATORY) {
                mandatory = mandatory.plus(state);
                shares[1] = shares[1].plus(state);
            } else {
                desirable = desirable.plus(state);
                shares[2] = shares[2].plus(state);
            }
        }
        boolean desirableMet = desirable.atLeast(Readiness.DESIRABLE_PERCENT);
        List<Readiness.ItemReadiness> blocking = states.stream()
                .filter(s -> s.state() == ItemState.NOT_MET || s.state() == ItemState.UNANSWERED)
                .filter(s -> s.item().getRequirement() == Requirement.MANDATORY || !desirableMet)
                .toList();
        List<Readiness.HeadingReadiness> headingReadiness = headingList.stream()
                .map(h -> {
                    Share[] shares = byHeading.get(h.getId());
                    return new Readiness.HeadingReadiness(h, shares[0], shares[1], shares[2]);
                })
                .toList();
        List<Readiness.DepartmentReadiness> departmentReadiness = active.stream()
                .map(d -> {
                    Map<Long, Share> shares = byDepartment.get(d.getId());
                    Share all = shares.values().stream().reduce(Share.none(), Share::plus);
                    return new Readiness.DepartmentReadiness(d, shares, all);
                })
                .filter(d -> d.all().applicable() > 0)
                .toList();
        return new Readiness(framework, mandatory, desirable,
                mandatory.atLeast(Readiness.MANDATORY_PERCENT) && desirableMet,
                headingReadiness, states, blocking, departmentReadiness);
    }

    private static ItemState combine(List<CheckResult> results) {
        if (results.isEmpty()) {
            return ItemState.NOT_APPLICABLE;
        }
        if (results.contains(CheckResult.NOT_MET)) {
            return ItemState.NOT_MET;
        }
        if (results.contains(null)) {
            return ItemState.UNANSWERED;
        }
        return results.stream().allMatch(r -> r == CheckResult.NOT_APPLICABLE) ? ItemState.NOT_APPLICABLE : ItemState.MET;
    }

    private static ItemState stateOf(CheckResult result) {
        if (result == null) {
            return ItemState.UNANSWERED;
        }
        return switch (result) {
            case MET -> ItemState.MET;
            case NOT_MET -> ItemState.NOT_MET;
            case NOT_APPLICABLE -> ItemState.NOT_APPLICABLE;
        };
    }

    private static String key(long itemId, long departmentId) {
        return itemId + "/" + departmentId;
    }
}
