package jp.mamori.ledger.ui;

import com.vaadin.flow.component.Component;
import jp.mamori.ledger.LedgerService;
import jp.mamori.shared.ui.NavigationGate;
import org.springframework.stereotype.Service;

/** The ledger shows in the navigation to those who read all of it or keep a department's part. */
@Service
class LedgerNavigationGate implements NavigationGate {

    private final LedgerService ledger;

    LedgerNavigationGate(LedgerService ledger) {
        this.ledger = ledger;
    }

    @Override
    public Class<? extends Component> view() {
        return LedgerView.class;
    }

    @Override
    public boolean open() {
        return ledger.scope().any();
    }
}
