package cn.courts.enforcement.model.listing;

/** What a correction application (纠正申请) says (法释〔2017〕7号 第十一条). */
public enum CorrectionGround {
    SHOULD_NOT_BE_LISTED("不应被纳入失信名单"),
    INFORMATION_INACCURATE("记载和公布的失信信息不准确"),
    SHOULD_BE_DELETED("失信信息应予删除");

    private final String nameZh;

    CorrectionGround(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
