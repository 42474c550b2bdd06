package jp.mamori.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jp.mamori.MamoriApplication;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Features talk to each other through services and events, never through each other's
 * repositories or internals, and never in a cycle.
 */
class ModuleBoundariesTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("jp.mamori");

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersPublishedTypes() {
        ApplicationModules.of(MamoriApplication.class).verify();
    }

    @Test
    void noFeatureUsesAnotherFeaturesRepository() {
        for (String feature : features()) {
            noClasses().that().resideOutsideOfPackage("jp.mamori." + feature + "..")
                    .should().dependOnClassesThat(repositoryIn(feature))
                    .because("features talk through services or events, never another feature's repositories")
                    .check(CLASSES);
        }
    }

    @Test
    void sharedDependsOnNoFeature() {
        noClasses().that().resideInAPackage("jp.mamori.shared..")
                .should().dependOnClassesThat().resideOutsideOfPackages("jp.mamori.shared..", "java..", "javax..",
                        "jakarta..", "org..", "com..", "io..", "tools..", "de.focus_shift.jollyday..")
                .check(CLASSES);
    }

    private static java.util.Set<String> features() {
        java.util.Set<String> names = new java.util.TreeSet<>();
        for (JavaClass type : CLASSES) {
            String rest = type.getPackageName().replaceFirst("^jp\\.mamori\\.?", "");
            if (!rest.isEmpty()) {
                names.add(rest.split("\\.")[0]);
            }
        }
        return names;
    }

    private static DescribedPredicate<JavaClass> repositoryIn(String feature) {
        return DescribedPredicate.describe("a repository of " + feature, type ->
                type.getPackageName().startsWith("jp.mamori." + feature) && type.isAssignableTo(Repository.class));
    }
}
