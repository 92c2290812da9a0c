package cn.courts.enforcement.model.enforcement;

/** A natural person (identified by resident identity number) or an organisation (unified social credit code). */
public enum PartyKind {
    /** 自然人 */
    PERSON("自然人"),
    /** 法人或其他组织 */
    ORGANISATION("法人或其他组织");

    private final String nameZh;

    PartyKind(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
