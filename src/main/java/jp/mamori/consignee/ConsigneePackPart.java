package jp.mamori.consignee;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import jp.mamori.report.RegisterPart;
import jp.mamori.shared.i18n.Messages;
import jp.mamori.shared.tabular.XlsxTable;
import jp.mamori.shared.tabular.XlsxTable.Column;
import org.springframework.stereotype.Component;

/** The consignee register as it stands: consignees are a current record, not a period's. */
@Component
class ConsigneePackPart extends RegisterPart {

    ConsigneePackPart(ConsigneeService consignees, Messages messages) {
        super(40, "report.part.consignees", "consignees", (out, locale, period) -> table(messages, locale)
                .write(out, messages.get(locale, "nav.consignees"), consignees.selectable().stream()));
    }

    private static XlsxTable<Consignee> table(Messages messages, Locale locale) {
        return XlsxTable.of(List.of(
                column(messages, locale, "consignee.name", Consignee::getName),
                column(messages, locale, "consignee.corporateNumber", Consignee::getCorporateNumber),
                column(messages, locale, "consignee.address", Consignee::getAddress),
                column(messages, locale, "consignee.status", consignee -> messages.label(locale, consignee.getStatus()))));
    }

    private static Column<Consignee> column(Messages messages, Locale locale, String key,
                                            Function<Consignee, Object> value) {
        return new Column<>(messages.get(locale, key), value);
    }
}
