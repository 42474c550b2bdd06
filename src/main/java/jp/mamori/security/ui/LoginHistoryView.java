package jp.mamori.security.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import jp.mamori.security.LoginAuditService;
import jp.mamori.security.LoginEvent;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.time.JapaneseDates;
import jp.mamori.shared.ui.MainLayout;
import jp.mamori.shared.ui.NavGroup;
import jp.mamori.shared.ui.NavigationEntry;
import org.springframework.data.domain.Sort;

/** The login audit trail, newest first, paged from the database. */
@Route(value = "admin/logins", layout = MainLayout.class)
@RolesAllowed(Role.Names.ADMIN)
@NavigationEntry(group = NavGroup.ADMINISTRATION, label = "nav.logins", order = 40)
public class LoginHistoryView extends VerticalLayout implements HasDynamicTitle {

    public LoginHistoryView(LoginAuditService audit) {
        setSizeFull();
        TextField username = new TextField(getTranslation("logins.filter.username"));
        username.setValueChangeMode(ValueChangeMode.LAZY);
        username.setClearButtonVisible(true);
        ComboBox<LoginEvent.Kind> kind = new ComboBox<>(getTranslation("logins.filter.kind"));
        kind.setItems(LoginEvent.Kind.values());
        kind.setItemLabelGenerator(value -> getTranslation(value.labelKey()));
        kind.setClearButtonVisible(true);

        Grid<LoginEvent> grid = new Grid<>();
        grid.addColumn(event -> JapaneseDates.dateTime(event.getOccurredAt()))
                .setHeader(getTranslation("logins.occurredAt")).setKey("occurredAt").setSortable(true).setAutoWidth(true);
        grid.addColumn(LoginEvent::getUsername).setHeader(getTranslation("logins.username")).setKey("username").setSortable(true);
        grid.addColumn(event -> getTranslation(event.getKind().labelKey())).setHeader(getTranslation("logins.kind"));
        grid.addColumn(LoginEvent::getRemoteAddr).setHeader(getTranslation("logins.remoteAddr"));
        grid.addColumn(LoginEvent::getUserAgent).setHeader(getTranslation("logins.userAgent")).setFlexGrow(2);
        grid.setEmptyStateText(getTranslation("logins.empty"));
        grid.setItems(query -> audit.search(username.getValue(), kind.getValue(),
                        VaadinSpringDataHelpers.toSpringPageRequest(query).withSort(sortOrDefault(query))).stream(),
                query -> (int) audit.count(username.getValue(), kind.getValue()));
        username.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        kind.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        add(new HorizontalLayout(username, kind));
        addAndExpand(grid);
    }

    private static Sort sortOrDefault(com.vaadin.flow.data.provider.Query<?, ?> query) {
        Sort requested = VaadinSpringDataHelpers.toSpringDataSort(query);
        return requested.isSorted() ? requested : Sort.by(Sort.Direction.DESC, "occurredAt");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.logins");
    }
}
