package cn.courts.enforcement.model.termination;

/**
 * On what an approval of 终本 rests. 《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》(法释〔2022〕11号) 第517条:
 * a case may be terminated this round "经申请执行人签字确认或者执行法院组成合议庭审查核实并经院长批准".
 */
public enum ConsentBasis {
    /** 申请执行人签字确认 */
    CREDITOR_SIGNED("申请执行人签字确认"),
    /** 合议庭审查核实（并经院长批准） */
    COLLEGIAL_PANEL("合议庭审查核实");

    private final String nameZh;

    ConsentBasis(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
