package cn.courts.enforcement.model.listing;

/** Where a listing stands; only PUBLISHED listings are shown to the public. */
public enum ListingStatus {
    /** 已提出，风险提示宽限期或审批中 */
    PROPOSED("拟纳入"),
    /** 审批未通过 */
    REFUSED("未批准纳入"),
    /** 宽限期内履行等，未纳入 */
    NOT_LISTED("未纳入"),
    /** 已公布 */
    PUBLISHED("已纳入并公布"),
    /** 纠正或复议后撤销 */
    REVOKED("已撤销"),
    /** 退出：屏蔽或删除 */
    REMOVED("已删除");

    private final String nameZh;

    ListingStatus(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
