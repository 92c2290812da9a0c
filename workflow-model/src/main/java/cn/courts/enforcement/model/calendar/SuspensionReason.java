package cn.courts.enforcement.model.calendar;

/**
 * The kinds of time that do not count against a case's own time limit (执行期限), after
 * 《最高人民法院关于严格执行案件审理期限制度的若干规定》(法释〔2000〕29号) 第九条.
 */
public enum SuspensionReason {
    /** 公告送达: the period of service by public announcement. */
    SERVICE_BY_PUBLICATION("公告送达"),
    /** 评估审计: valuation, appraisal or audit of assets. */
    VALUATION_OR_AUDIT("评估审计"),
    /** 中止执行: enforcement suspended, until it resumes (恢复执行). */
    ENFORCEMENT_SUSPENDED("中止"),
    /** 暂缓执行: enforcement deferred. */
    ENFORCEMENT_DEFERRED("暂缓"),
    /** 拍卖、变卖: the auction or sale of seized assets. */
    AUCTION("拍卖");

    private final String nameZh;

    SuspensionReason(String nameZh) {
        this.nameZh = nameZh;
    }

    /** The court's own word for the reason. */
    public String nameZh() {
        return nameZh;
    }
}
