package jp.mamori.shared.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/** Lumo plus the application's own stylesheet from the top-level frontend/ folder. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/mamori.css")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addFavIcon("icon", "icons/mamori.svg", "any");
    }
}
