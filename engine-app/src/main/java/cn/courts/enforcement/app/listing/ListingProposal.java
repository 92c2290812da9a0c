package cn.courts.enforcement.app.listing;

import cn.courts.enforcement.model.listing.ListingGround;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Set;

/**
 * A judge's proposal to list a debtor of the case (POST /api/cases/{caseId}/listing-proposals).
 *
 * @param debtorPartyId             the debtor (a party of the case in the role DEBTOR)
 * @param grounds                   one or more of the six grounds of 法释〔2017〕7号 第一条
 * @param periodYears               for grounds 2-6: the period in years (第二条); none for ground 1 alone
 * @param graceMonths               the risk notice's grace period, 0 to 3 months (法发〔2019〕35号 第15条)
 * @param duty                      the duty in the enforcement title and its performance (第六条第（四）项)
 * @param legalRepresentative       for an organisation, its legal representative (第六条第（二）项)
 * @param adequateSecurity          the debtor gave adequate security (第三条第（一）项)
 * @param seizedAssetsCoverDebt     seized assets cover the debt (第三条第（二）项)
 * @param laterInOrderOfPerformance the debtor is later in the order of performance (第三条第（三）项)
 * @param creditorAppliedOn         the day the creditor applied, when the listing is on its application (第五条)
 */
public record ListingProposal(@NotNull(message = "请选择被执行人") Long debtorPartyId,
                              @NotEmpty(message = "请至少选择一项纳入情形") Set<ListingGround> grounds,
                              Integer periodYears,
                              int graceMonths,
                              @NotNull(message = "请填写生效法律文书确定的义务及履行情况") @Size(min = 1, max = 500, message = "义务及履行情况应为1至500字") String duty,
                              @Size(max = 100, message = "法定代表人姓名不超过100字") String legalRepresentative,
                              boolean adequateSecurity,
                              boolean seizedAssetsCoverDebt,
                              boolean laterInOrderOfPerformance,
                              LocalDate creditorAppliedOn) {

    boolean onCreditorApplication() {
        return creditorAppliedOn != null;
    }
}
