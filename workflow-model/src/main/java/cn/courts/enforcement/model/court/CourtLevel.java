package cn.courts.enforcement.model.court;

/**
 * The three levels of people's courts below the Supreme People's Court (《人民法院组织法》 第十二条).
 * The level decides where a reconsideration (复议) goes: to the court one level up.
 */
public enum CourtLevel {
    /** 高级人民法院 */
    HIGH("高级人民法院"),
    /** 中级人民法院 */
    INTERMEDIATE("中级人民法院"),
    /** 基层人民法院 */
    BASIC("基层人民法院");

    private final String nameZh;

    CourtLevel(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }

    /** The level of the court that hears a reconsideration against this court's decision, if any. */
    public CourtLevel higher() {
        return switch (this) {
            case BASIC -> INTERMEDIATE;
            case INTERMEDIATE -> HIGH;
            case HIGH -> throw new IllegalStateException("a high court has no higher court in this platform");
        };
    }
}
