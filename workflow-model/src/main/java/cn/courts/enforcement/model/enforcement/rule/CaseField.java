package cn.courts.enforcement.model.enforcement.rule;

/**
 * The values of an enforcement case the rules of its nodes speak about: what the judge records on a node (a day, a
 * sum of money, a decision, a choice, a text) and the case facts they are compared with. Each has its key (the name
 * the task forms and the process use for it) and its label in the court's words, which the refusals quote.
 */
public enum CaseField {
    /** 立案日期: the case's filing day (a case fact). */
    FILING_DATE("filingDate", "立案日期"),
    NOTICE_SERVED_ON("noticeServedOn", "执行通知书送达日期"),
    CHECKED_ON("checkedOn", "核查日期"),
    INTERVIEWED_ON("interviewedOn", "约谈日期"),
    SEARCHED_ON("searchedOn", "上门查找日期"),
    LEADS_PROVIDED("leadsProvided", "申请执行人是否提供了财产线索"),
    PROPERTY_FOUND("propertyFound", "是否发现可供执行财产"),
    DISPOSAL_NEEDED("disposalNeeded", "是否需要变价"),
    AUCTION_SOLD("auctionSold", "是否成交"),
    FULLY_PAID("fullyPaid", "是否全部执行到位"),
    EXTENSION_APPROVED("extensionApproved", "是否批准延长执行期限"),
    REFERENCE_PRICE("referencePrice", "参考价"),
    REFERENCE_PRICE_METHOD("referencePriceMethod", "确定参考价的方式"),
    FIRST_AUCTION_RESERVE_PRICE("firstAuctionReservePrice", "第一次拍卖起拍价"),
    SECOND_AUCTION_RESERVE_PRICE("secondAuctionReservePrice", "第二次拍卖起拍价"),
    SALE_PRICE("salePrice", "成交价"),
    DISPOSAL_OUTCOME("disposalOutcome", "处置方式"),
    DISPOSAL_AMOUNT("disposalAmount", "变卖价款或抵债金额"),
    AMOUNT_RECEIVED("amountReceived", "执行款到账金额"),
    AMOUNT_DISBURSED("amountDisbursed", "发放金额"),
    CLOSING_MODE("closingMode", "结案方式"),
    CLOSING_REASON("closingReason", "结案理由"),
    /** The control of the property to renew ends on this day (a case fact of the renewal). */
    CONTROL_EXPIRES_ON("controlExpiresOn", "当前控制期限届满日"),
    RENEWED_UNTIL("renewedUntil", "续行至");

    private final String key;
    private final String labelZh;

    CaseField(String key, String labelZh) {
        this.key = key;
        this.labelZh = labelZh;
    }

    /** The value's name in the forms and the process. */
    public String key() {
        return key;
    }

    /** The value's name in the court's words. */
    public String labelZh() {
        return labelZh;
    }
}
