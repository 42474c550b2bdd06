package jp.mamori.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jp.mamori.organisation.OrganisationProfile;
import jp.mamori.organisation.OrganisationService;
import jp.mamori.organisation.UserAccount;
import jp.mamori.organisation.UserService;
import jp.mamori.shared.history.HistoryService;
import jp.mamori.shared.security.Role;
import jp.mamori.shared.ui.Feedback;
import jp.mamori.shared.ui.HistoryPanel;
import jp.mamori.shared.ui.MainLayout;
import jp.mamori.shared.ui.NavGroup;
import jp.mamori.shared.ui.NavigationEntry;

/** The organisation's name (printed on every report) and its privacy manager. */
@Route(value = "admin/organisation", layout = MainLayout.class)
@RolesAllowed(Role.Names.ADMIN)
@NavigationEntry(group = NavGroup.ADMINISTRATION, label = "nav.organisation", order = 5)
public class OrganisationView extends VerticalLayout implements HasDynamicTitle {

    public OrganisationView(OrganisationService organisation, UserService users, HistoryService historyService) {
        OrganisationProfile profile = organisation.profile().orElseThrow();
        TextField name = new TextField(getTranslation("organisation.name"));
        name.setValue(profile.getName());
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        ComboBox<UserAccount> privacyManager = new ComboBox<>(getTranslation("organisation.privacyManager"));
        privacyManager.setItems(users.activeUsers());
        privacyManager.setItemLabelGenerator(u -> u.getDisplayName() + " (" + u.getUsername() + ")");
        privacyManager.setValue(profile.getPrivacyManager());
        HistoryPanel history = new HistoryPanel(historyService, OrganisationProfile.class);
        history.show(profile.getId());
        Button save = new Button(getTranslation("action.save"), click -> {
            if (name.getValue().isBlank()) {
                name.setInvalid(true);
                name.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            if (Feedback.attempt(() -> organisation.updateProfile(name.getValue(),
                    privacyManager.getValue() == null ? null : privacyManager.getValue().getId())) != null) {
                Feedback.success("common.saved");
                history.show(profile.getId());
            }
        });
        save.addThemeVariants(ButtonVariant.PRIMARY);
        FormLayout form = new FormLayout(name, privacyManager);
        form.setMaxWidth("48rem");
        add(form, save, history);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.organisation");
    }
}
