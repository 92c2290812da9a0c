package cn.courts.enforcement.model.termination;

/**
 * The gates an application to terminate this round (终结本次执行程序, 终本) must pass before a reviewer may
 * approve it. The first four are the "四个不批" of seed 004, which court leaders must hold; the others are the
 * remaining conditions of 《最高人民法院关于严格规范终结本次执行程序的规定（试行）》(法〔2016〕373号, 终本规定)
 * 第一条.
 *
 * <p>Which gates fail is decided by the DMN table {@code TerminationGates} (bpmn/TerminationGates.dmn, one
 * rule per gate, editable by administrators) from the facts {@link FourNoApprovalGates} computes; the table
 * answers with the gate's {@link #name() code} and the reason shown to the judge. This enum names the gates
 * for the figures (rejections per gate) and the documentation.
 */
public enum TerminationGate {

    /** 四个不批之一: property was found and is not disposed of (终本规定 第一条第（三）项、第四条). */
    PROPERTY_NOT_DISPOSED("发现的财产未处置完毕", "无未处置的财产", "四个不批之一；终本规定 第一条第（三）项、第四条", true),
    /** 四个不批之二: the debtor was not searched for on site (终本规定 第一条第（五）项、第三条). */
    NO_ON_SITE_SEARCH("未上门查找被执行人", "已上门查找被执行人", "四个不批之二；终本规定 第一条第（五）项、第三条", true),
    /** 四个不批之三: the creditor was not interviewed (终本规定 第五条). */
    CREDITOR_NOT_INTERVIEWED("未约谈申请执行人", "已约谈申请执行人", "四个不批之三；终本规定 第五条", true),
    /** 四个不批之四: not more than three months since filing (终本规定 第一条第（四）项: "已超过三个月"). */
    WITHIN_THREE_MONTHS_OF_FILING("立案未超过三个月", "立案已超过三个月", "四个不批之四；终本规定 第一条第（四）项", true),
    /** The execution notice and the order to report property were not issued (终本规定 第一条第（一）项). */
    EXECUTION_NOTICE_NOT_SENT("未发出执行通知书及报告财产令", "已发出执行通知书及报告财产令", "终本规定 第一条第（一）项", false),
    /** No consumption restriction order (限制消费令) was issued (终本规定 第一条第（二）项). */
    CONSUMPTION_NOT_RESTRICTED("未发出限制消费令", "已发出限制消费令（承办法官确认）", "终本规定 第一条第（二）项", false),
    /** A debtor who qualifies was not put on the dishonest list (终本规定 第一条第（二）项). */
    QUALIFYING_DEBTOR_NOT_LISTED("符合条件的被执行人未纳入失信名单", "符合条件的被执行人已纳入失信名单或无须纳入（承办法官确认）", "终本规定 第一条第（二）项", false),
    /** The network search (网络执行查控) was not done (终本规定 第一条第（三）项、第三条第（一）项). */
    NETWORK_SEARCH_NOT_DONE("未完成网络查控", "已完成网络查控", "终本规定 第一条第（三）项、第三条第（一）项", false);

    private final String nameZh;
    private final String passedZh;
    private final String legalBasis;
    private final boolean fourNo;

    TerminationGate(String nameZh, String passedZh, String legalBasis, boolean fourNo) {
        this.nameZh = nameZh;
        this.passedZh = passedZh;
        this.legalBasis = legalBasis;
        this.fourNo = fourNo;
    }

    public String nameZh() {
        return nameZh;
    }

    /** The gate as a passed check reads, e.g. 已上门查找被执行人. */
    public String passedZh() {
        return passedZh;
    }

    public String legalBasis() {
        return legalBasis;
    }

    /** Whether this is one of the "四个不批" of seed 004 (the others are the SPC's further conditions). */
    public boolean fourNo() {
        return fourNo;
    }
}
