package cn.courts.enforcement.model.termination;

/**
 * The steps of a case's investigation that the termination gates look for in its record. The platform reads
 * them from the completed nodes of the case's process (the domain does not know the nodes).
 */
public enum InvestigationStep {
    /** 发出执行通知书及报告财产令 */
    EXECUTION_NOTICE_SENT,
    /** 网络查控（总对总/点对点） answered */
    NETWORK_SEARCH_DONE,
    /** 约谈申请执行人 */
    CREDITOR_INTERVIEWED,
    /** 上门查找被执行人 */
    DEBTOR_SEARCHED_ON_SITE
}
