package cn.courts.enforcement.app.web;

import cn.courts.enforcement.app.platform.guard.FieldError;
import cn.courts.enforcement.app.platform.guard.MalformedValuesException;
import cn.courts.enforcement.app.platform.guard.RuleRefusedException;
import cn.courts.enforcement.model.rule.RuleRefusal;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import cn.courts.enforcement.app.platform.QuietRefusalsCommandContextFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one mapping from "a rule refused / not yours / changed by someone else / malformed" to an HTTP status and an
 * RFC 7807 problem document with a Chinese {@code detail}, shared by {@code /api} ({@link ApiExceptionHandler}) and the
 * engine's REST APIs ({@link EngineRestRefusals}: {@code /engine-rest} and the webapps' engine API that Tasklist uses):
 * <ul>
 *   <li>a rule refuses the step ({@link RuleRefusedException}): 422, with {@code rule}, {@code citation} and
 *   {@code field};</li>
 *   <li>values of the wrong type ({@link MalformedValuesException}): 400 with every bad field under {@code errors};</li>
 *   <li>a missing permission ({@link AuthorizationException}, including a start by hand): 403;</li>
 *   <li>another court's task or instance (the engine's tenant check, ENGINE-13034): 404, as {@code /api} answers for
 *   another court's case, so that other courts' work cannot be probed;</li>
 *   <li>a concurrent change (the engine's optimistic locking, a task completed or claimed by someone else a moment
 *   earlier): 409 "该任务已被他人处理，请刷新后重试".</li>
 * </ul>
 * The cause chain is searched, since the engine wraps what a task listener throws.
 */
public final class Refusals {

    /** A refusal as an answer. */
    public record Problem(int status, String title, String detail, Map<String, Object> properties, String logLine) {

        /** The RFC 7807 document, plus {@code message} (Camunda's clients and Tasklist read it) with the same text. */
        public Map<String, Object> body() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", "about:blank");
            body.put("title", title);
            body.put("status", status);
            body.put("detail", detail);
            body.put("message", detail);
            body.putAll(properties);
            return body;
        }
    }

    public static final String CHANGED_BY_SOMEONE_ELSE = "该任务已被他人处理，请刷新后重试";
    static final String CLAIMED_BY_SOMEONE_ELSE = "该任务已被他人认领，请刷新后重试";
    static final String NOT_FOUND = "未找到该任务或案件，或其不属于本院。";
    static final String FORBIDDEN = "没有权限执行此操作。";

    private Refusals() {
    }

    /** The answer to an exception if it is a refusal, not a fault; empty for a fault (500). */
    public static Optional<Problem> classify(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Optional<Problem> problem = classifyOne(t);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static Optional<Problem> classifyOne(Throwable t) {
        if (t instanceof RuleRefusedException refused) {
            RuleRefusal refusal = refused.refusal();
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("rule", refusal.ruleCode());
            properties.put("citation", refusal.citation());
            refusal.fieldName().ifPresent(field -> properties.put("field", field));
            return Optional.of(new Problem(422, "不符合办案规则", refusal.messageZh(), properties,
                    "rule " + refusal.ruleCode()));
        }
        if (t instanceof MalformedValuesException malformed) {
            List<FieldProblem> errors = malformed.errors().stream()
                    .map((FieldError e) -> new FieldProblem(e.field(), e.messageZh())).toList();
            return Optional.of(new Problem(400, "请求未通过校验", malformed.getMessage(), Map.of("errors", errors),
                    "malformed " + errors.stream().map(FieldProblem::field).toList()));
        }
        if (t instanceof OptimisticLockingException) {
            return Optional.of(new Problem(409, "并发冲突", CHANGED_BY_SOMEONE_ELSE, Map.of(), "optimistic lock"));
        }
        if (t instanceof TaskAlreadyClaimedException) {
            return Optional.of(new Problem(409, "并发冲突", CLAIMED_BY_SOMEONE_ELSE, Map.of(), "already claimed"));
        }
        if (t instanceof AuthorizationException denied) {
            String detail = denied.getMessage() != null && denied.getMessage().codePoints().anyMatch(Refusals::isHan)
                    ? denied.getMessage() : FORBIDDEN;
            return Optional.of(new Problem(403, "无权限", detail, Map.of(), "not authorized"));
        }
        if (QuietRefusalsCommandContextFactory.isTaskGone(t)) {
            // completed (or claimed and completed) by someone else a moment ago: the task is gone
            return Optional.of(new Problem(409, "并发冲突", CHANGED_BY_SOMEONE_ELSE, Map.of(), "task gone"));
        }
        if (QuietRefusalsCommandContextFactory.isAnotherCourts(t)) {
            return Optional.of(new Problem(404, "未找到", NOT_FOUND, Map.of(), "another court's data"));
        }
        return Optional.empty();
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
