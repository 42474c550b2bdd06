package jp.mamori.reminder.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/** Fired on the UI when the person read notifications, so that the bell in the header follows. */
public class UnreadCountChanged extends ComponentEvent<UI> {

    public UnreadCountChanged(UI source) {
        super(source, false);
    }

    static void fire() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ComponentUtil.fireEvent(ui, new UnreadCountChanged(ui));
        }
    }
}
