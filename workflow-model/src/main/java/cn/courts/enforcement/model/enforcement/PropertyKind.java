package cn.courts.enforcement.model.enforcement;

import cn.courts.enforcement.model.parameter.LegalParameterCode;

/**
 * The kinds of property the network search (总对总/点对点) reports, with the legal period of the control
 * measure that fits each (民诉法解释 第485条: deposits 1 year, movables 2 years, real estate and other
 * property rights 3 years).
 */
public enum PropertyKind {
    /** 银行存款: frozen, then deducted; no auction needed. */
    DEPOSIT("存款", LegalParameterCode.FREEZE_DEPOSITS, false),
    /** 车辆: a movable, seized and auctioned. */
    VEHICLE("车辆", LegalParameterCode.SEIZE_MOVABLES, true),
    /** 不动产 */
    REAL_ESTATE("不动产", LegalParameterCode.SEIZE_REAL_ESTATE, true),
    /** 证券、股权等其他财产权 */
    SECURITIES("证券", LegalParameterCode.SEIZE_REAL_ESTATE, true),
    /** 其他财产 (e.g. from the creditor's leads or an on-site search) */
    OTHER("其他财产", LegalParameterCode.SEIZE_MOVABLES, true);

    private final String nameZh;
    private final LegalParameterCode controlPeriod;
    private final boolean needsDisposal;

    PropertyKind(String nameZh, LegalParameterCode controlPeriod, boolean needsDisposal) {
        this.nameZh = nameZh;
        this.controlPeriod = controlPeriod;
        this.needsDisposal = needsDisposal;
    }

    public String nameZh() {
        return nameZh;
    }

    public LegalParameterCode controlPeriod() {
        return controlPeriod;
    }

    /** Whether the property must be turned into money (valuation, auction) before disbursement. */
    public boolean needsDisposal() {
        return needsDisposal;
    }
}
