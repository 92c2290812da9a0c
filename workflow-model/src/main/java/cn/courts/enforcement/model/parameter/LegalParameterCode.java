package cn.courts.enforcement.model.parameter;

/**
 * Every period the enforcement, listing and termination processes use. The figures, citations and
 * text versions live in {@code legal-parameters.csv} (see {@link LegalParameters#defaults()}); the
 * Javadoc here names the rule so that a reader of the code need not open the file. Loading fails if a
 * code below is missing from the file.
 */
public enum LegalParameterCode {

    // --- main enforcement flow (执行实施) ---

    /** 立案审查: register or refuse within 7 days of the application (执行工作若干问题的规定（试行）第16条; 法释〔2000〕29号 第六条). */
    FILING_REVIEW,
    /** 确定承办人: assign the judge within 7 days of filing (法发〔2006〕35号 第二条). */
    ASSIGN_JUDGE,
    /** 发出执行通知书及报告财产令: internal 3 days after the judge receives the file (法发〔2006〕35号 第四条). */
    EXECUTION_NOTICE,
    /** 执行通知书最迟期限: 10 days after receiving the application, the outer limit (《民诉法解释》第480条). */
    EXECUTION_NOTICE_OUTER_LIMIT,
    /** 通知申请执行人提供财产线索: 3 days after receiving the file (法发〔2006〕35号 第五条). */
    ASK_CREDITOR_FOR_LEADS,
    /** 首次网络查控 (总对总/点对点): platform default 5 days after filing (seeds 002/003; figure recalled, R). */
    FIRST_NETWORK_SEARCH,
    /** 核查财产线索: 7 days after the creditor gives the leads (财产调查规定 法释〔2017〕8号 第二条). */
    CHECK_LEADS,
    /** 核查财产线索（情况紧急）: 3 days (法释〔2017〕8号 第二条). */
    CHECK_LEADS_URGENT,
    /** 完成财产调查: 1 month (法发〔2006〕35号, the article after the 5-day lead check). */
    FINISH_INVESTIGATION,
    /** 冻结银行存款期限: at most 1 year, renew before expiry (《民诉法解释》第485条). */
    FREEZE_DEPOSITS,
    /** 查封、扣押动产期限: at most 2 years (《民诉法解释》第485条). */
    SEIZE_MOVABLES,
    /** 查封不动产、冻结其他财产权期限: at most 3 years (《民诉法解释》第485条). */
    SEIZE_REAL_ESTATE,
    /** 拍卖公告（动产）: notice at least 15 days before the auction (网络司法拍卖规定 法释〔2016〕18号 第十二条). */
    AUCTION_NOTICE_MOVABLES,
    /** 拍卖公告（不动产、其他财产权）: at least 30 days before (法释〔2016〕18号 第十二条). */
    AUCTION_NOTICE_REAL_ESTATE,
    /** 流拍后再次拍卖: within 30 days of the failed auction (法释〔2016〕18号 第二十六条). */
    SECOND_AUCTION_WITHIN,
    /** 再次拍卖公告（动产）: at least 7 days before (法释〔2016〕18号 第二十六条). */
    SECOND_AUCTION_NOTICE_MOVABLES,
    /** 再次拍卖公告（不动产、其他财产权）: at least 15 days before (法释〔2016〕18号 第二十六条). */
    SECOND_AUCTION_NOTICE_REAL_ESTATE,
    /** 案款发放: within 30 days of the money arriving (执行款物管理规定 法发〔2017〕6号). */
    DISBURSEMENT,
    /** 执行期限: 6 months from the day after filing (法释〔2000〕29号 第五条、第八条; 法发〔2006〕35号 第一条). */
    CASE_LIMIT,
    /** 执行期限（非诉执行）: 3 months (法释〔2000〕29号 第五条). */
    CASE_LIMIT_NON_LITIGATION,
    /** 申请延长执行期限: at least 5 days before the limit expires (法发〔2006〕35号 第一条). */
    EXTENSION_REQUEST_LEAD,
    /** 延长执行期限: 3 months, approved by the president (法释〔2000〕29号 第五条). */
    EXTENSION_LENGTH,
    /** 执行异议审查: 15 days from receiving the written objection (《民事诉讼法》(2023) 第236条). */
    OBJECTION_REVIEW,
    /** 申请复议: 10 days from service of the ruling on the objection (《民事诉讼法》(2023) 第236条). */
    OBJECTION_RECONSIDERATION_APPLY,

    // --- dishonest-debtor list (失信被执行人名单) ---

    /** 风险提示宽限期上限: the judge chooses 1-3 months before publishing (法发〔2019〕35号 第15条). */
    RISK_NOTICE_GRACE_MAX,
    /** 失信名单期限: 2 years for grounds 2-6 (法释〔2017〕7号 第二条). */
    LISTING_PERIOD_DEFAULT,
    /** 失信名单期限的延长上限: serious or multiple acts, extended by 1 to 3 years (法释〔2017〕7号 第二条). */
    LISTING_PERIOD_EXTENSION_MAX,
    /** 失信名单期限上限: default period plus the longest extension, 2 + 3 = 5 years (法释〔2017〕7号 第二条). */
    LISTING_PERIOD_MAX,
    /** 依申请执行人申请决定是否纳入: 15 days (法释〔2017〕7号 第五条). */
    CREDITOR_LISTING_APPLICATION_DECISION,
    /** 申请纠正: 10 days from receiving the listing decision (seed 001, 2016 中办国办意见 四(二)3). */
    CORRECTION_WINDOW,
    /** 纠正申请审查: 3 days (seed 001 四(二)3); 15 days per 法释〔2017〕7号 第十二条. */
    CORRECTION_REVIEW,
    /** 理由成立的纠正: within 3 working days (法释〔2017〕7号 第十二条). */
    CORRECTION_CARRY_OUT,
    /** 对驳回决定申请复议: 10 days from service (法释〔2017〕7号 第十二条). */
    LISTING_RECONSIDERATION_APPLY,
    /** 上一级法院复议决定: 15 days (法释〔2017〕7号 第十二条). */
    LISTING_RECONSIDERATION_DECISION,
    /** 屏蔽、撤销、删除失信信息: 3 days (seed 001 四(二)4); 3 working days per 法释〔2017〕7号 第十条. */
    LISTING_REMOVAL,
    /** 依申请执行人申请删除后不再纳入: 6 months (法释〔2017〕7号 第十条). */
    NO_RELISTING_AFTER_CREDITOR_DELETION,

    // --- terminating this round (终结本次执行程序) ---

    /** 立案已超过三个月: strictly more than 3 months since filing (法〔2016〕373号 第一条第（四）项; seed 004 四个不批). */
    TERMINATION_MIN_SINCE_FILING,
    /** 终本库定期查询: every 6 months (法〔2016〕373号 第九条). */
    TERMINATED_LIBRARY_SEARCH_INTERVAL,
    /** 终本库查询期间: 5 years (法〔2016〕373号 第九条). */
    TERMINATED_LIBRARY_MONITORING,

    // --- platform settings (执行指挥中心) ---

    /** 执行期限届满预警: warn the command centre 15 days before the case limit expires (platform setting). */
    COMMAND_CENTRE_CASE_LIMIT_WARNING,
    /** 即将到期: a task is "due soon" within 2 working days of its due date (platform setting). */
    DUE_SOON_WORKING_DAYS,
    /** 控制财产: seize/freeze found property promptly (platform setting; no statutory figure). */
    CONTROL_PROPERTY,
    /** 确定财产处置参考价 (valuation or price inquiry), 法释〔2018〕15号 (recalled). */
    REFERENCE_PRICE,
    /** One online auction round: notice (up to 30 days) plus bidding (platform setting). */
    AUCTION_ROUND,
    /** 变卖 or 以物抵债 after a second failed auction (recalled: 60-day sale period). */
    SELL_OR_TRANSFER,
    /** 督办: the command centre's time to act on an overdue node (platform setting). */
    SUPERVISION_RESPONSE,
    /** 续行查封/冻结: remind the judge this long before a control measure expires (platform setting). */
    CONTROL_RENEWAL_NOTICE
}
