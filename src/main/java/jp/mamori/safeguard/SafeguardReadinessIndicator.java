package jp.mamori.safeguard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.mamori.home.Figure;
import jp.mamori.home.ReadinessIndicator;
import jp.mamori.shared.i18n.Messages;
import org.springframework.stereotype.Component;

/** Per framework, the mandatory and the desirable items met, as the JAPHIC rule counts them. */
@Component
class SafeguardReadinessIndicator implements ReadinessIndicator {

    private final SafeguardCatalogueService catalogue;
    private final ReadinessService readiness;
    private final Messages messages;

    SafeguardReadinessIndicator(SafeguardCatalogueService catalogue, ReadinessService readiness, Messages messages) {
        this.catalogue = catalogue;
        this.readiness = readiness;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<Figure> figures(Locale locale, LocalDate today) {
        List<Figure> figures = new ArrayList<>();
        for (SafeguardFramework framework : catalogue.frameworks()) {
            Readiness result = readiness.readiness(framework.getId());
            figures.add(Figure.share("safeguards.mandatory." + framework.getCode(),
                    messages.get(locale, "home.figure.safeguardsMandatory", framework.getCode()),
                    result.mandatory().met(), result.mandatory().applicable(), "safeguards/results"));
            figures.add(Figure.share("safeguards.desirable." + framework.getCode(),
                    messages.get(locale, "home.figure.safeguardsDesirable", framework.getCode()),
                    result.desirable().met(), result.desirable().applicable(), "safeguards/results"));
        }
        return figures;
    }
}
