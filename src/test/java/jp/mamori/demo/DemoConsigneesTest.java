package jp.mamori.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jp.mamori.consignee.ConsigneeFilter;
import jp.mamori.consignee.ConsigneeService;
import jp.mamori.consignee.ConsigneeStatus;
import jp.mamori.shared.security.SystemActor;
import jp.mamori.support.MamoriIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@MamoriIntegrationTest
class DemoConsigneesTest {

    @Autowired
    DemoConsignees demo;
    @Autowired
    ConsigneeService consignees;

    @Test
    void theDemoConsigneesShowEachStateTheRegisterFilters() {
        SystemActor.run(demo::fill);

        assertThat(count(new ConsigneeFilter("テスト配送株式会社", null, null, true, null, null, null))).isPositive();
        assertThat(count(new ConsigneeFilter("テスト配送株式会社", null, null, null, true, null, null))).isPositive();
        assertThat(count(new ConsigneeFilter("テスト配送株式会社", null, null, null, null, true, null))).isPositive();
        assertThat(count(new ConsigneeFilter("架空クラウド株式会社", ConsigneeStatus.CONDITIONAL, null))).isPositive();
        assertThat(count(new ConsigneeFilter("株式会社サンプル印刷", ConsigneeStatus.APPROVED, null, false, null, null, null)))
                .isPositive();
    }

    private long count(ConsigneeFilter filter) {
        return SystemActor.call(() -> consignees.count(filter));
    }
}
