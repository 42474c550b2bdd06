package jp.mamori.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jp.mamori.organisation.UserService;
import jp.mamori.security.ApiToken;
import jp.mamori.security.ApiTokenService;
import jp.mamori.shared.ui.Feedback;
import jp.mamori.shared.ui.MainLayout;
import jp.mamori.shared.ui.NavGroup;
import jp.mamori.shared.ui.NavigationEntry;
import jp.mamori.shared.time.JapaneseDates;

/** One's own account: password and personal API tokens. */
@Route(value = "account", layout = MainLayout.class)
@PermitAll
@NavigationEntry(group = NavGroup.ADMINISTRATION, label = "nav.account", order = 90)
public class AccountView extends VerticalLayout implements HasDynamicTitle {

    private final ApiTokenService tokens;
    private final Grid<ApiToken> tokenGrid = new Grid<>();

    public AccountView(UserService users, ApiTokenService tokens) {
        this.tokens = tokens;
        add(new H3(getTranslation("account.password.title")), passwordForm(users));
        add(new H3(getTranslation("account.tokens.title")), new Paragraph(getTranslation("account.tokens.help")));
        TextField tokenName = new TextField(getTranslation("account.tokens.name"));
        tokenName.setId("token-name");
        tokenName.setMaxLength(100);
        Button create = new Button(getTranslation("account.tokens.create"), click -> {
            ApiTokenService.IssuedToken issued = Feedback.attempt(() -> tokens.create(tokenName.getValue()));
            if (issued != null) {
                tokenName.clear();
                showSecret(issued.secret());
                refresh();
            }
        });
        create.setId("token-create");
        HorizontalLayout createRow = new HorizontalLayout(tokenName, create);
        createRow.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(createRow);

        tokenGrid.addColumn(ApiToken::getName).setHeader(getTranslation("account.tokens.name"));
        tokenGrid.addColumn(token -> token.getPrefix() + "…").setHeader(getTranslation("account.tokens.prefix"));
        tokenGrid.addColumn(token -> JapaneseDates.dateTime(token.getCreatedAt()))
                .setHeader(getTranslation("account.tokens.created"));
        tokenGrid.addColumn(token -> token.getLastUsedAt() == null ? "" : JapaneseDates.dateTime(token.getLastUsedAt()))
                .setHeader(getTranslation("account.tokens.lastUsed"));
        tokenGrid.addComponentColumn(token -> {
            if (!token.isActive()) {
                return new Paragraph(getTranslation("account.tokens.revoked"));
            }
            Button revoke = new Button(getTranslation("account.tokens.revoke"), click -> {
                if (Feedback.attempt(() -> tokens.revoke(token.getId()))) {
                    Feedback.success("account.tokens.revokedNotice");
                    refresh();
                }
            });
            revoke.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.TERTIARY);
            return revoke;
        });
        tokenGrid.setEmptyStateText(getTranslation("account.tokens.empty"));
        tokenGrid.setAllRowsVisible(true);
        add(tokenGrid);
        refresh();
    }

    private FormLayout passwordForm(UserService users) {
        PasswordField current = new PasswordField(getTranslation("account.password.current"));
        PasswordField next = new PasswordField(getTranslation("account.password.new"));
        PasswordField repeat = new PasswordField(getTranslation("account.password.repeat"));
        next.setHelperText(getTranslation("account.password.policy"));
        current.setId("password-current");
        next.setId("password-new");
        repeat.setId("password-repeat");
        Button change = new Button(getTranslation("account.password.change"), click -> {
            if (!next.getValue().equals(repeat.getValue())) {
                repeat.setInvalid(true);
                repeat.setErrorMessage(getTranslation("account.password.mismatch"));
                return;
            }
            repeat.setInvalid(false);
            if (Feedback.attempt(() -> users.changeOwnPassword(current.getValue(), next.getValue()))) {
                current.clear();
                next.clear();
                repeat.clear();
                Feedback.success("account.password.changed");
            }
        });
        change.addThemeVariants(ButtonVariant.PRIMARY);
        change.setId("password-change");
        FormLayout form = new FormLayout(current, next, repeat, change);
        form.setMaxWidth("40rem");
        return form;
    }

    private void showSecret(String secret) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("account.tokens.createdTitle"));
        TextField value = new TextField();
        value.setValue(secret);
        value.setReadOnly(true);
        value.setWidthFull();
        value.setId("token-secret");
        dialog.add(new Paragraph(getTranslation("account.tokens.copyOnce")), value);
        dialog.getFooter().add(new Button(getTranslation("action.close"), click -> dialog.close()));
        dialog.setWidth("36rem");
        dialog.open();
    }

    private void refresh() {
        tokenGrid.setItems(tokens.mine());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.account");
    }
}
