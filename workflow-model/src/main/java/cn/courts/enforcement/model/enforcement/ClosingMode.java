package cn.courts.enforcement.model.enforcement;

/**
 * The six ways an enforcement case closes (法发〔2014〕26号 第十四条; 《关于人民法院执行工作若干问题的规定（试行）》 第64条).
 */
public enum ClosingMode {
    /** 执行完毕: fully performed, by enforcement, by the debtor, or by a performed settlement. */
    EXECUTION_COMPLETED("执行完毕"),
    /** 终结本次执行程序 (终本): no property for now; approval gates in TerminationApprovalProcess. */
    TERMINATED_THIS_ROUND("终结本次执行程序"),
    /** 终结执行 (CPL Art. 268 of the 2023 text). */
    TERMINATED("终结执行"),
    /** 销案 */
    WITHDRAWN("销案"),
    /** 不予执行 */
    NOT_ENFORCED("不予执行"),
    /** 驳回申请 */
    APPLICATION_REJECTED("驳回申请");

    private final String nameZh;

    ClosingMode(String nameZh) {
        this.nameZh = nameZh;
    }

    public String nameZh() {
        return nameZh;
    }
}
