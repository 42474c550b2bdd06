package jp.mamori.safeguard.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.mamori.safeguard.EvidenceService;
import jp.mamori.safeguard.SafeguardEvidence;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.time.JapaneseDates;
import jp.mamori.shared.ui.Registers;
import jp.mamori.shared.ui.MainLayout;
import jp.mamori.shared.ui.NavGroup;
import jp.mamori.shared.ui.NavigationEntry;
import org.springframework.data.domain.Sort;

/** Every evidence file with its item, department and checksum, for an examiner's walk-through. */
@Route(value = "safeguards/evidence", layout = MainLayout.class)
@RolesAllowed({Role.Names.PRIVACY_MANAGER, Role.Names.AUDITOR, Role.Names.TOP_MANAGEMENT})
@NavigationEntry(group = NavGroup.SAFEGUARDS, label = "nav.safeguard.evidence", order = 40)
public class EvidenceView extends VerticalLayout implements HasDynamicTitle {

    public EvidenceView(EvidenceService evidence) {
        setSizeFull();
        TextField search = new TextField();
        search.setPlaceholder(getTranslation("safeguard.evidence.search"));
        search.setAriaLabel(getTranslation("safeguard.evidence.search"));
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        search.setWidth("28rem");
        search.setId("evidence-search");

        Grid<SafeguardEvidence> grid = new Grid<>();
        grid.addComponentColumn(file -> EvidenceLinks.link(evidence, file))
                .setHeader(getTranslation("safeguard.evidence.fileName")).setAutoWidth(true).setFlexGrow(3);
        grid.addColumn(file -> file.getAnswer().getItem().getCode()).setHeader(getTranslation("safeguard.code")).setAutoWidth(true);
        grid.addColumn(file -> file.getAnswer().getDepartment().getName())
                .setHeader(getTranslation("safeguard.check.department")).setAutoWidth(true);
        grid.addColumn(file -> file.getAnswer().getPeriod().toString()).setHeader(getTranslation("safeguard.check.period")).setAutoWidth(true);
        grid.addColumn(file -> EvidenceLinks.size(file.getSizeBytes())).setHeader(getTranslation("safeguard.evidence.size")).setAutoWidth(true);
        grid.addColumn(SafeguardEvidence::getUploadedBy).setHeader(getTranslation("safeguard.evidence.uploadedBy")).setAutoWidth(true);
        grid.addColumn(file -> JapaneseDates.dateTime(file.getUploadedAt()))
                .setHeader(getTranslation("safeguard.evidence.uploadedAt")).setKey("uploadedAt").setSortable(true).setAutoWidth(true);
        Registers.digestColumn(grid, SafeguardEvidence::getSha256, "safeguard.evidence.sha256");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("safeguard.evidence.empty"));
        grid.setId("evidence-grid");
        Registers.pageFromDatabase(grid, pageable -> evidence.page(search.getValue(), pageable),
                () -> evidence.count(search.getValue()), Sort.by(Sort.Direction.DESC, "uploadedAt"));
        search.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        add(search, grid);
        expand(grid);
    }


    @Override
    public String getPageTitle() {
        return getTranslation("nav.safeguard.evidence");
    }
}
