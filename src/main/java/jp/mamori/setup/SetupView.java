package jp.mamori.setup;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jp.mamori.organisation.OrganisationService;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import jp.mamori.shared.i18n.LocalePreference;
import jp.mamori.shared.ui.Feedback;
import jp.mamori.shared.ui.LanguageSwitch;

/** First start: the organisation, its privacy manager and the first administrator. */
@Route(value = "setup", autoLayout = false)
@AnonymousAllowed
public class SetupView extends VerticalLayout implements HasDynamicTitle {

    /** The form's values; a mutable bean so that Binder can validate it field by field. */
    public static final class Form {
        private String organisationName = "";
        private String privacyManagerName = "";
        private String privacyManagerEmail = "";
        private String adminUsername = "";
        private String adminDisplayName = "";
        private String adminEmail = "";
        private String password = "";
        private String passwordRepeat = "";
        private boolean demo;

        public String getOrganisationName() { return organisationName; }
        public void setOrganisationName(String value) { organisationName = value; }
        public String getPrivacyManagerName() { return privacyManagerName; }
        public void setPrivacyManagerName(String value) { privacyManagerName = value; }
        public String getPrivacyManagerEmail() { return privacyManagerEmail; }
        public void setPrivacyManagerEmail(String value) { privacyManagerEmail = value; }
        public String getAdminUsername() { return adminUsername; }
        public void setAdminUsername(String value) { adminUsername = value; }
        public String getAdminDisplayName() { return adminDisplayName; }
        public void setAdminDisplayName(String value) { adminDisplayName = value; }
        public String getAdminEmail() { return adminEmail; }
        public void setAdminEmail(String value) { adminEmail = value; }
        public String getPassword() { return password; }
        public void setPassword(String value) { password = value; }
        public String getPasswordRepeat() { return passwordRepeat; }
        public void setPasswordRepeat(String value) { passwordRepeat = value; }
        public boolean isDemo() { return demo; }
        public void setDemo(boolean value) { demo = value; }
    }

    public SetupView(OrganisationService organisation, SetupState state, LocalePreference localePreference,
                     Environment environment) {
        addClassName("setup-view");
        setAlignItems(Alignment.CENTER);

        TextField organisationName = new TextField(getTranslation("setup.organisationName"));
        TextField privacyManagerName = new TextField(getTranslation("setup.privacyManagerName"));
        privacyManagerName.setHelperText(getTranslation("setup.privacyManagerHelp"));
        EmailField privacyManagerEmail = new EmailField(getTranslation("setup.privacyManagerEmail"));
        TextField adminUsername = new TextField(getTranslation("setup.adminUsername"));
        TextField adminDisplayName = new TextField(getTranslation("setup.adminDisplayName"));
        EmailField adminEmail = new EmailField(getTranslation("setup.adminEmail"));
        PasswordField password = new PasswordField(getTranslation("setup.password"));
        password.setHelperText(getTranslation("account.password.policy"));
        PasswordField passwordRepeat = new PasswordField(getTranslation("setup.passwordRepeat"));
        Checkbox demo = new Checkbox(getTranslation("setup.demo"));
        organisationName.setId("setup-organisation");
        privacyManagerName.setId("setup-privacy-manager");
        adminUsername.setId("setup-username");
        adminDisplayName.setId("setup-display-name");
        adminEmail.setId("setup-email");
        password.setId("setup-password");
        passwordRepeat.setId("setup-password-repeat");
        demo.setId("setup-demo");

        Binder<Form> binder = new Binder<>(Form.class);
        binder.forField(organisationName).asRequired(getTranslation("validation.required"))
                .bind(Form::getOrganisationName, Form::setOrganisationName);
        binder.forField(privacyManagerName).bind(Form::getPrivacyManagerName, Form::setPrivacyManagerName);
        binder.forField(privacyManagerEmail).bind(Form::getPrivacyManagerEmail, Form::setPrivacyManagerEmail);
        binder.forField(adminUsername).asRequired(getTranslation("validation.required"))
                .withValidator(value -> value.matches("[A-Za-z0-9._@-]+"), getTranslation("user.validation.username"))
                .bind(Form::getAdminUsername, Form::setAdminUsername);
        binder.forField(adminDisplayName).asRequired(getTranslation("validation.required"))
                .bind(Form::getAdminDisplayName, Form::setAdminDisplayName);
        binder.forField(adminEmail).asRequired(getTranslation("validation.required"))
                .bind(Form::getAdminEmail, Form::setAdminEmail);
        binder.forField(password).asRequired(getTranslation("validation.required"))
                .bind(Form::getPassword, Form::setPassword);
        binder.forField(passwordRepeat)
                .withValidator(value -> value.equals(password.getValue()), getTranslation("account.password.mismatch"))
                .bind(Form::getPasswordRepeat, Form::setPasswordRepeat);
        binder.forField(demo).bind(Form::isDemo, Form::setDemo);

        Form bean = new Form();
        bean.setDemo(environment.acceptsProfiles(Profiles.of("demo")));
        binder.setBean(bean);
        Button submit = new Button(getTranslation("setup.submit"), click -> {
            if (!binder.validate().isOk()) {
                return;
            }
            boolean created = Feedback.attempt(() -> organisation.completeFirstRun(new OrganisationService.FirstRun(
                    bean.getOrganisationName(), bean.getAdminUsername(), bean.getAdminDisplayName(),
                    bean.getAdminEmail(), bean.getPassword(), bean.getPrivacyManagerName(),
                    bean.getPrivacyManagerEmail()), bean.isDemo())) != null;
            if (created && state.isDone()) {
                Feedback.success("setup.done");
                getUI().ifPresent(ui -> ui.navigate("login"));
            }
        });
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setId("setup-submit");
        submit.addClickShortcut(com.vaadin.flow.component.Key.ENTER);

        FormLayout organisationForm = new FormLayout(organisationName, privacyManagerName, privacyManagerEmail);
        FormLayout adminForm = new FormLayout(adminUsername, adminDisplayName, adminEmail, password, passwordRepeat);
        Div card = new Div(new H1(getTranslation("setup.title")), new Paragraph(getTranslation("setup.intro")),
                new H3(getTranslation("setup.organisationSection")), organisationForm,
                new H3(getTranslation("setup.adminSection")), adminForm, demo, submit,
                new LanguageSwitch(localePreference, getLocale()));
        card.addClassName("setup-card");
        add(card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.title");
    }
}
