package cn.courts.enforcement.model.listing;

/** Why a debtor may not be listed (法释〔2017〕7号 第三条、第四条); the reason is given to the judge. */
public enum ListingExclusion {
    /** 第三条第（一）项 */
    ADEQUATE_SECURITY("被执行人已提供足以清偿债务的担保，不得纳入失信名单（法释〔2017〕7号 第三条第（一）项）。"),
    /** 第三条第（二）项 */
    SEIZED_ASSETS_COVER_DEBT("已查封、扣押、冻结被执行人足以清偿债务的财产，不得纳入失信名单（法释〔2017〕7号 第三条第（二）项）。"),
    /** 第三条第（三）项 */
    LATER_IN_ORDER_OF_PERFORMANCE("被执行人履行顺序在后，对其依法不应强制执行，不得纳入失信名单（法释〔2017〕7号 第三条第（三）项）。"),
    /** 第四条 */
    MINOR("被执行人为未成年人，不得纳入失信名单（法释〔2017〕7号 第四条）。");

    private final String reasonZh;

    ListingExclusion(String reasonZh) {
        this.reasonZh = reasonZh;
    }

    public String reasonZh() {
        return reasonZh;
    }
}
