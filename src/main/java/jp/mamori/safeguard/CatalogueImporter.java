package jp.mamori.safeguard;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Merges the shipped catalogue into the database at start-up when its version is newer than
 * the one already merged. The catalogue owns texts, requirement levels and headings; the
 * organisation's tailoring (enabled or not and why, departments, frequency, owner, clause
 * text, its own items) is never overwritten. Items dropped from the catalogue are retired,
 * not deleted, because past answers refer to them.
 */
@Component
class CatalogueImporter {

    static final String SHIPPED = "safeguard/catalogue.json";
    private static final Logger log = LoggerFactory.getLogger(CatalogueImporter.class);
    /** Serialises imports when several nodes start at once. */
    private static final long LOCK_KEY = 0x5AFE_6A4DL;

    private final SafeguardFrameworkRepository frameworks;
    private final SafeguardHeadingRepository headings;
    private final SafeguardItemRepository items;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    CatalogueImporter(SafeguardFrameworkRepository frameworks, SafeguardHeadingRepository headings,
                      SafeguardItemRepository items, Clock clock) {
        this.frameworks = frameworks;
        this.headings = headings;
        this.items = items;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void importShipped() {
        importCatalogue(Catalogue.read(getClass().getClassLoader().getResourceAsStream(SHIPPED)));
    }

    /** Merges every framework of the catalogue whose stored version is older; returns how many were. */
    @Transactional
    public int importCatalogue(Catalogue catalogue) {
        entityManager.createNativeQuery("select pg_advisory_xact_lock(" + LOCK_KEY + ")").getSingleResult();
        int merged = 0;
        for (Catalogue.Framework shipped : catalogue.frameworks()) {
            SafeguardFramework framework = frameworks.findByCode(shipped.code())
                    .orElseGet(() -> new SafeguardFramework(shipped.code()));
            if (!framework.isNew() && framework.getCatalogueVersion() >= catalogue.version()) {
                continue;
            }
            merge(framework, shipped, catalogue.version());
            merged++;
        }
        return merged;
    }

    private void merge(SafeguardFramework framework, Catalogue.Framework shipped, int version) {
        int from = framework.getCatalogueVersion();
        framework.rename(shipped.nameJa(), shipped.nameEn());
        framework.setCatalogueVersion(version);
        SafeguardFramework saved = frameworks.save(framework);

        Map<String, SafeguardHeading> headingByCode = new HashMap<>();
        headings.findByFrameworkOrderBySortOrderAsc(saved).forEach(h -> headingByCode.put(h.getCode(), h));
        Map<String, SafeguardItem> itemByCode = new HashMap<>();
        items.findByFramework(saved).forEach(i -> itemByCode.put(i.getCode(), i));
        LocalDate today = LocalDate.now(clock);
        Set<String> shippedCodes = new HashSet<>();
        int headingOrder = 0;
        int added = 0;
        for (Catalogue.Heading shippedHeading : shipped.headings()) {
            SafeguardHeading heading = headingByCode.computeIfAbsent(shippedHeading.code(),
                    code -> new SafeguardHeading(saved, code));
            heading.update(++headingOrder, shippedHeading.titleJa(), shippedHeading.titleEn());
            SafeguardHeading savedHeading = headings.save(heading);
            int itemOrder = 0;
            for (Catalogue.Section section : shippedHeading.sections()) {
                for (Catalogue.Item shippedItem : section.items()) {
                    shippedCodes.add(shippedItem.code());
                    SafeguardItem item = itemByCode.get(shippedItem.code());
                    if (item == null) {
                        item = SafeguardItem.shipped(shippedItem.code(), today);
                        added++;
                    }
                    item.applyShipped(savedHeading, ++itemOrder, section.titleJa(), section.titleEn(),
                            shippedItem.ja(), shippedItem.en(), shippedItem.requirement(),
                            shippedItem.clause() == null ? section.clause() : shippedItem.clause(),
                            shippedItem.frequency());
                    items.save(item);
                }
            }
        }
        int retired = 0;
        for (SafeguardItem item : itemByCode.values()) {
            if (!item.isCustom() && !item.isRetired() && !shippedCodes.contains(item.getCode())) {
                item.retire();
                retired++;
            }
        }
        log.info("Safeguard catalogue {} merged from version {} to {}: {} items added, {} retired",
                shipped.code(), from, version, added, retired);
    }
}
