package cn.courts.enforcement.app.models;

/** The kinds of model an administrator edits in the browser. Forms are deployed with the BPMN that uses them. */
public enum ModelKind {
    BPMN(".bpmn"),
    DMN(".dmn");

    private final String suffix;

    ModelKind(String suffix) {
        this.suffix = suffix;
    }

    public String suffix() {
        return suffix;
    }
}
