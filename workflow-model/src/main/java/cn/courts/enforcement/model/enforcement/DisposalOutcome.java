package cn.courts.enforcement.model.enforcement;

/**
 * What happens to property unsold at the second online auction (《最高人民法院关于人民法院网络司法拍卖若干问题的规定》
 * 法释〔2016〕18号 第二十六条): it is sold off (变卖) or, with the creditor's consent, transferred to the creditor
 * in lieu of payment (以物抵债). The form's select offers these names as values.
 */
public enum DisposalOutcome {
    /** 变卖 */
    SALE("变卖"),
    /** 以物抵债 */
    TRANSFER_IN_LIEU("以物抵债");

    private final String nameZh;

    DisposalOutcome(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
