package cn.courts.enforcement.model.enforcement;

/**
 * How the reference price of property to be disposed of is set (《最高人民法院关于人民法院确定财产处置参考价若干问题的规定》
 * 法释〔2018〕15号 第二条): by the parties' agreement, a directed inquiry, an online inquiry or a commissioned
 * valuation. The form's select offers these names as values.
 */
public enum ReferencePriceMethod {
    /** 当事人议价 */
    NEGOTIATION("当事人议价"),
    /** 定向询价 */
    DIRECTED_INQUIRY("定向询价"),
    /** 网络询价 */
    ONLINE_INQUIRY("网络询价"),
    /** 委托评估 */
    APPRAISAL("委托评估");

    private final String nameZh;

    ReferencePriceMethod(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
