package jp.mamori.safeguard;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.mamori.organisation.Department;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.security.Role;
import jp.mamori.support.Actors;
import jp.mamori.support.Fixtures;

/**
 * A framework of its own for one test, with yearly items that apply to one department only,
 * so that counts are exact even though tests share the database.
 */
final class TestFramework {

    static final MamoriPrincipal MANAGER = Actors.principal(0, "pm", Role.PRIVACY_MANAGER);

    final String code;
    final List<SafeguardItem> mandatory = new ArrayList<>();
    final List<SafeguardItem> desirable = new ArrayList<>();

    private TestFramework(String code) {
        this.code = code;
    }

    static TestFramework create(CatalogueImporter importer, SafeguardCatalogueService catalogue, Department department,
                                Long ownerId, int mandatoryCount, int desirableCount) {
        String code = Fixtures.unique("T");
        List<Catalogue.Item> items = new ArrayList<>();
        for (int i = 1; i <= mandatoryCount + desirableCount; i++) {
            items.add(new Catalogue.Item(code + "-M" + i, i <= mandatoryCount ? Requirement.MANDATORY : Requirement.DESIRABLE,
                    CheckFrequency.YEARLY, null, "項目 " + i, "Item " + i));
        }
        importer.importCatalogue(new Catalogue(1, List.of(new Catalogue.Framework(code, "試験 " + code, "Test " + code,
                List.of(new Catalogue.Heading(code + "-1", "物理的安全管理措置", "Physical safeguards",
                        List.of(new Catalogue.Section("(1) 区域の管理", "(1) Areas", "通則編 10-5 (1)", items))))))));
        TestFramework framework = new TestFramework(code);
        Actors.as(MANAGER, () -> {
            for (SafeguardItem item : catalogue.items(catalogue.framework(code).getId())) {
                SafeguardItem tailored = catalogue.tailor(item.getId(), item.getVersion(), new ItemValues(true, null,
                        Set.of(department.getId()), item.getFrequency(), ownerId, item.getClauseRef(), null, null, null));
                (tailored.getRequirement() == Requirement.MANDATORY ? framework.mandatory : framework.desirable).add(tailored);
            }
        });
        return framework;
    }

    long frameworkId(SafeguardCatalogueService catalogue) {
        return Actors.as(MANAGER, () -> catalogue.framework(code).getId());
    }

    static <T> List<T> only(List<T> answers, java.util.function.Predicate<T> inFramework) {
        return answers.stream().filter(inFramework).toList();
    }
}
