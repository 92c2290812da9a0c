package cn.courts.enforcement.model.listing;

/**
 * Why a listing ends (2016 中办国办意见 四（二）4, seed 001; 法释〔2017〕7号 第十条), and the corrections
 * that revoke it (第十二条).
 */
public enum ListingExitReason {
    FULL_PERFORMANCE("被执行人已履行全部义务"),
    SETTLEMENT_PERFORMED("当事人达成执行和解协议且已履行完毕"),
    CREDITOR_REQUEST("申请执行人书面申请删除并经审查同意"),
    CASE_TERMINATED("终结执行"),
    NOT_ENFORCED("不予执行"),
    SUSPENDED_FOR_RETRIAL_OR_BANKRUPTCY("因审判监督或破产程序裁定中止执行"),
    PERIOD_EXPIRED("纳入期限届满"),
    TERMINATED_FRUITLESS_SEARCHES("终结本次执行程序后，通过网络执行查控系统查询被执行人财产两次以上未发现可供执行财产"),
    REVOKED_ON_CORRECTION("纠正申请理由成立，予以撤销"),
    REVOKED_ON_RECONSIDERATION("上一级人民法院复议撤销");

    private final String nameZh;

    ListingExitReason(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    /** A correction or a reconsideration revokes (撤销) the listing; every other reason deletes it. */
    public boolean revokes() {
        return this == REVOKED_ON_CORRECTION || this == REVOKED_ON_RECONSIDERATION;
    }
}
