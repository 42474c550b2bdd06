package jp.mamori.safeguard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import jp.mamori.organisation.Department;
import jp.mamori.organisation.UserAccount;
import jp.mamori.shared.RuleViolation;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.security.MamoriPrincipal;
import jp.mamori.shared.security.Role;
import jp.mamori.support.Actors;
import jp.mamori.support.Fixtures;
import jp.mamori.support.MamoriIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.security.access.AccessDeniedException;

@MamoriIntegrationTest
class CatalogueUpgradeTest {

    @Autowired
    CatalogueImporter importer;
    @Autowired
    SafeguardCatalogueService catalogue;
    @Autowired
    Fixtures fixtures;

    @Test
    void theShippedCatalogueIsLoadedAtStartWithBothFrameworks() {
        MamoriPrincipal auditor = Actors.principal(0, "auditor", Role.AUDITOR);
        List<SafeguardItem> ppc = Actors.as(auditor, () -> catalogue.items(catalogue.framework("PPC").getId()));
        List<SafeguardItem> pmark = Actors.as(auditor, () -> catalogue.items(catalogue.framework("PMK").getId()));

        assertThat(ppc.size() + pmark.size()).isGreaterThanOrEqualTo(100);
        assertThat(Actors.as(auditor, () -> catalogue.headings(catalogue.framework("PPC").getId())))
                .extracting(SafeguardHeading::getCode)
                .containsExactly("PPC-1", "PPC-2", "PPC-3", "PPC-4", "PPC-5", "PPC-6", "PPC-7");
        SafeguardItem visitors = ppc.stream().filter(i -> i.getCode().equals("PPC-5-1-02")).findFirst().orElseThrow();
        assertThat(visitors.text(Messages.JAPANESE)).contains("来訪者");
        assertThat(visitors.text(Messages.ENGLISH)).contains("Visitors");
        assertThat(visitors.getClauseRef()).isEqualTo("通則編 10-5 (1)");
        assertThat(visitors.getRequirement()).isEqualTo(Requirement.MANDATORY);
        assertThat(importer.importCatalogue(Catalogue.read(getClass().getClassLoader()
                .getResourceAsStream(CatalogueImporter.SHIPPED)))).isZero();
    }

    @Test
    void tailoringSurvivesACatalogueUpgrade() throws IOException {
        assertThat(importer.importCatalogue(read("upgrade-v1.json"))).isEqualTo(1);
        Department logistics = fixtures.department("物流部");
        UserAccount owner = fixtures.user("owner", logistics);
        MamoriPrincipal manager = Actors.principal(0, "pm", Role.PRIVACY_MANAGER);
        long frameworkId = Actors.as(manager, () -> catalogue.framework("TUPG").getId());

        Actors.as(manager, () -> {
            SafeguardItem entry = item(frameworkId, "TUPG-1-01");
            catalogue.tailor(entry.getId(), entry.getVersion(), new ItemValues(false, "入退室管理はビル管理会社が実施",
                    Set.of(), entry.getFrequency(), null, entry.getClauseRef(), null, null, null));
            SafeguardItem visitors = item(frameworkId, "TUPG-1-02");
            catalogue.tailor(visitors.getId(), visitors.getVersion(), new ItemValues(true, null,
                    Set.of(logistics.getId()), CheckFrequency.HALF_YEARLY, owner.getId(), "社内規程 第5条",
                    null, null, null));
            catalogue.addCustom(visitors.getHeading().getId(), new ItemValues(true, null, Set.of(),
                    CheckFrequency.MONTHLY, owner.getId(), "社内規程 第9条", "倉庫の鍵を施錠保管している。",
                    "Warehouse keys are locked away.", Requirement.MANDATORY));
        });

        assertThat(importer.importCatalogue(read("upgrade-v2.json"))).isEqualTo(1);
        assertThat(importer.importCatalogue(read("upgrade-v2.json"))).as("a merged version is not merged again").isZero();

        Actors.as(manager, () -> {
            SafeguardItem entry = item(frameworkId, "TUPG-1-01");
            assertThat(entry.isEnabled()).isFalse();
            assertThat(entry.getDisabledReason()).isEqualTo("入退室管理はビル管理会社が実施");
            assertThat(entry.getTextJa()).as("the catalogue owns the text").isEqualTo("ICカードで入退室を管理している。");
            assertThat(entry.getClauseRef()).as("an untouched clause follows the catalogue").isEqualTo("通則編 10-5 (1) 2025年改正");

            SafeguardItem visitors = item(frameworkId, "TUPG-1-02");
            assertThat(visitors.getFrequency()).as("a chosen frequency stays").isEqualTo(CheckFrequency.HALF_YEARLY);
            assertThat(visitors.getClauseRef()).as("an edited clause stays").isEqualTo("社内規程 第5条");
            assertThat(visitors.getDepartments()).containsExactly(logistics);
            assertThat(visitors.getOwner()).isEqualTo(owner);

            SafeguardItem screens = item(frameworkId, "TUPG-1-03");
            assertThat(screens.getFrequency()).as("an untouched frequency follows the catalogue").isEqualTo(CheckFrequency.HALF_YEARLY);
            assertThat(screens.getRequirement()).isEqualTo(Requirement.MANDATORY);

            assertThat(item(frameworkId, "TUPG-1-04").isRetired()).isTrue();
            assertThat(item(frameworkId, "TUPG-1-05").isInForce()).isTrue();

            SafeguardItem own = catalogue.items(frameworkId).stream().filter(SafeguardItem::isCustom).findFirst().orElseThrow();
            assertThat(own.getCode()).startsWith("ORG-");
            assertThat(own.getTextJa()).isEqualTo("倉庫の鍵を施錠保管している。");
            assertThat(own.getFrequency()).isEqualTo(CheckFrequency.MONTHLY);
            assertThat(own.getClauseRef()).isEqualTo("社内規程 第9条");
            assertThat(own.isRetired()).isFalse();
            assertThat(catalogue.framework("TUPG").name(Messages.ENGLISH)).isEqualTo("Upgrade test, 2nd edition");
        });
    }

    @Test
    void disablingNeedsAReasonAndOnlyPrivacyManagersTailor() {
        MamoriPrincipal manager = Actors.principal(0, "pm", Role.PRIVACY_MANAGER);
        SafeguardItem item = Actors.as(manager, () -> catalogue.items(catalogue.framework("PMK").getId()).getFirst());
        ItemValues disabledWithoutReason = new ItemValues(false, " ", Set.of(), item.getFrequency(), null,
                item.getClauseRef(), null, null, null);

        assertThatThrownBy(() -> Actors.as(manager, () -> catalogue.tailor(item.getId(), item.getVersion(),
                disabledWithoutReason)))
                .isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).field()).isEqualTo("disabledReason");
        assertThatThrownBy(() -> Actors.as(Actors.principal(0, "auditor", Role.AUDITOR),
                () -> catalogue.tailor(item.getId(), item.getVersion(), ItemValues.of(item))))
                .isInstanceOf(AccessDeniedException.class);
    }

    private SafeguardItem item(long frameworkId, String code) {
        return catalogue.items(frameworkId).stream().filter(i -> i.getCode().equals(code)).findFirst().orElseThrow();
    }

    private static Catalogue read(String name) throws IOException {
        return Catalogue.read(new ClassPathResource("safeguard/" + name).getInputStream());
    }
}
