package cn.courts.enforcement.model.listing;

/**
 * The six grounds on which a debtor is put on the dishonest-debtor list (《最高人民法院关于公布失信被执行人名单信息的若干规定》
 * 法释〔2017〕7号 第一条). Ground 1 lists the debtor until an exit event; grounds 2-6 for a fixed period
 * (第二条).
 */
public enum ListingGround {
    /** 第一条第（一）项 */
    ABLE_BUT_REFUSES("有履行能力而拒不履行生效法律文书确定义务的", false),
    /** 第一条第（二）项 */
    OBSTRUCTS_BY_FORGERY_VIOLENCE_OR_THREAT("以伪造证据、暴力、威胁等方法妨碍、抗拒执行的", true),
    /** 第一条第（三）项 */
    EVADES_BY_SHAM_SUIT_OR_HIDING_ASSETS("以虚假诉讼、虚假仲裁或者以隐匿、转移财产等方法规避执行的", true),
    /** 第一条第（四）项 */
    BREACHES_PROPERTY_REPORT_DUTY("违反财产报告制度的", true),
    /** 第一条第（五）项 */
    BREACHES_CONSUMPTION_RESTRICTION("违反限制消费令的", true),
    /** 第一条第（六）项 */
    REFUSES_SETTLEMENT_WITHOUT_GOOD_REASON("无正当理由拒不履行执行和解协议的", true);

    private final String nameZh;
    private final boolean fixedPeriod;

    ListingGround(String nameZh, boolean fixedPeriod) {
        this.nameZh = nameZh;
        this.fixedPeriod = fixedPeriod;
    }

    public String nameZh() {
        return nameZh;
    }

    /** Whether a listing on this ground runs for a fixed period (第二条: grounds 2-6). */
    public boolean fixedPeriod() {
        return fixedPeriod;
    }

    /** The item of 第一条, 1-6. */
    public int item() {
        return ordinal() + 1;
    }
}
