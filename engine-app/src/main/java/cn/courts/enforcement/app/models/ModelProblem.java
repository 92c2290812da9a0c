package cn.courts.enforcement.app.models;

/**
 * One finding of the validation before a deployment: the engine's parser or one of the project's rules.
 *
 * @param severity  ERROR refuses the deployment; WARNING is shown only
 * @param elementId the BPMN/DMN element concerned, so that the page can highlight it; null for the whole file
 * @param rule      which check found it: {@code engine-parser}, {@code xml}, or a rule id of {@link ModelRules}
 * @param message   for the administrator, in Chinese
 * @param line      the line in the XML where the parser found it, if known
 */
public record ModelProblem(Severity severity, String elementId, String rule, String message, Integer line) {

    public enum Severity { ERROR, WARNING }

    static ModelProblem error(String elementId, String rule, String message) {
        return new ModelProblem(Severity.ERROR, elementId, rule, message, null);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
