package cn.courts.enforcement.model.parameter;

/**
 * The percentages of the online judicial auction rules (《最高人民法院关于人民法院网络司法拍卖若干问题的规定》
 * 法释〔2016〕18号). Figures in {@code legal-ratios.csv}.
 */
public enum LegalRatioCode {
    /** 起拍价不得低于评估价或者市价的百分之七十 (第十条). */
    AUCTION_RESERVE_MIN_RATIO,
    /** 再次拍卖的起拍价降价幅度不得超过前次起拍价的百分之二十 (第二十六条). */
    SECOND_AUCTION_MAX_CUT,
    /** 保证金数额在起拍价的百分之五至百分之二十范围内确定 (第十七条). */
    AUCTION_DEPOSIT
}
