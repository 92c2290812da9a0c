package cn.courts.enforcement.model.listing;

import java.util.Optional;

/**
 * The grace period of the risk notice (风险提示通知) before a listing is published: the judge chooses it,
 * from none up to the limit of the parameter table ({@code RISK_NOTICE_GRACE_MAX}, 3 months per
 * 法发〔2019〕35号 第15条). The risk notice itself comes first (2016 中办国办意见 四（二）3, seed 001).
 */
public final class RiskNoticeGrace {

    private RiskNoticeGrace() {
    }

    public static Optional<String> problem(int months, int maxMonths) {
        if (months < 0 || months > maxMonths) {
            return Optional.of("风险提示宽限期应为0至" + maxMonths + "个月（法发〔2019〕35号 第15条）。");
        }
        return Optional.empty();
    }
}
