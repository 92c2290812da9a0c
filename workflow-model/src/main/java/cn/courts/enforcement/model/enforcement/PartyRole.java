package cn.courts.enforcement.model.enforcement;

/** The side of a party in an enforcement case. */
public enum PartyRole {
    /** 申请执行人 */
    CREDITOR("申请执行人"),
    /** 被执行人 */
    DEBTOR("被执行人");

    private final String nameZh;

    PartyRole(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
