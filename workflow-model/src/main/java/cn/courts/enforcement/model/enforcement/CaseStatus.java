package cn.courts.enforcement.model.enforcement;

/** Where a case stands as a whole; the current nodes come from the engine. */
public enum CaseStatus {
    /** 执行中 */
    IN_PROGRESS("执行中"),
    /** 已结案 */
    CLOSED("已结案");

    private final String nameZh;

    CaseStatus(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
