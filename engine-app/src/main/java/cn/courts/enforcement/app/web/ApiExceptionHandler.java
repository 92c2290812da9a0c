package cn.courts.enforcement.app.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Errors of the court API as RFC 7807 problem details: a Chinese {@code detail} for the user, every
 * failing field under {@code errors}, and the English cause in the log.
 */
@RestControllerAdvice(basePackages = "cn.courts.enforcement.app")
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        List<FieldProblem> problems = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldProblem(e.getField(), e.getDefaultMessage())).toList();
        return ResponseEntity.badRequest().body(invalid(problems));
    }

    /**
     * A body that is not JSON, or a value of the wrong JSON type ({@link StrictJsonRequests}): 400, naming the field
     * where the reader knows it ({@code parties[0].role}). The value itself is not echoed (it may be 100,000 characters).
     */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        log.info("Unreadable request body: {}", abbreviated(ex.getMostSpecificCause().getMessage()));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "请求格式错误：请检查JSON格式、日期（yyyy-MM-dd）和枚举取值。");
        problem.setTitle("请求格式错误");
        if (ex.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            FieldProblem field = new FieldProblem(path(mismatch.getPath()), expected(mismatch.getTargetType()));
            problem.setDetail("请求格式错误：" + field.field() + field.message() + "。");
            problem.setProperty("errors", List.of(field));
        }
        return ResponseEntity.badRequest().body(problem);
    }

    /**
     * Spring MVC's own refusals (an unsupported media type, a wrong method, an unreadable path variable ...) carry an
     * English detail; the user reads a Chinese one, by status. The English reason stays in the log.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem && statusCode.is4xxClientError()
                && (problem.getDetail() == null || problem.getDetail().codePoints().noneMatch(ApiExceptionHandler::isHan))) {
            log.info("Request refused ({}): {}", statusCode.value(), problem.getDetail());
            problem.setDetail(switch (statusCode.value()) {
                case 404 -> "未找到请求的地址。";
                case 405 -> "该地址不支持此请求方法。";
                case 406 -> "无法按要求的格式答复：请接受 application/json。";
                case 413 -> "请求内容过大。";
                case 415 -> "不支持该请求内容类型：请以 application/json 提交。";
                default -> "请求格式错误：请检查请求的地址、参数和内容。";
            });
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "格式不正确";
        }
        if (type.isEnum()) {
            return "取值无效，可选值：" + String.join("、", Arrays.stream(type.getEnumConstants()).map(String::valueOf).toList());
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "应为文本";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "应为数字，如 125000.50";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "应为 true 或 false";
        }
        if (type == LocalDate.class) {
            return "应为日期，格式为 yyyy-MM-dd，如 2026-03-05";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "应为数组";
        }
        return "应为对象";
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static String abbreviated(String text) {
        return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalidRequest(InvalidRequestException ex) {
        log.info("Request refused: {}", ex.problems());
        return ResponseEntity.badRequest().body(invalid(ex.problems()));
    }

    /**
     * What the engine refuses under a court API call (a rule of the process's guards, a permission, another court's
     * data, a concurrent change) answers as on {@code /engine-rest}: the same status and problem document
     * ({@link Refusals}). Anything else is a fault.
     */
    @ExceptionHandler(ProcessEngineException.class)
    ResponseEntity<Object> engineRefusal(ProcessEngineException ex) throws ProcessEngineException {
        Refusals.Problem problem = Refusals.classify(ex).orElseThrow(() -> ex);
        log.info("Court API refused ({} {}): {}", problem.status(), problem.logLine(), problem.detail());
        return ResponseEntity.status(problem.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem.body());
    }

    /**
     * What Spring MVC refuses before it has chosen a controller (a body of another media type, a method the address
     * does not take), where the package-bound handler above does not apply: on {@code /api}, the same Chinese problem
     * document; elsewhere Spring's own answer.
     */
    @RestControllerAdvice
    @Order(Ordered.LOWEST_PRECEDENCE)
    static class BeforeAnyController {

        @ExceptionHandler({HttpMediaTypeNotSupportedException.class, HttpRequestMethodNotSupportedException.class})
        ResponseEntity<ProblemDetail> refused(Exception ex, HttpServletRequest request) throws Exception {
            if (!(ex instanceof ErrorResponse error)
                    || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                throw ex;
            }
            log.info("Court API refused ({}): {}", error.getStatusCode().value(), ex.getMessage());
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(error.getStatusCode(),
                    error.getStatusCode().value() == 415 ? "不支持该请求内容类型：请以 application/json 提交。" : "该地址不支持此请求方法。");
            problem.setTitle("请求无法处理");
            return ResponseEntity.status(error.getStatusCode()).headers(error.getHeaders())
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
    }

    private static ProblemDetail invalid(List<FieldProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "提交的内容有" + problems.size() + "处错误，请修改后重新提交。");
        problem.setTitle("请求未通过校验");
        problem.setProperty("errors", problems);
        return problem;
    }
}
