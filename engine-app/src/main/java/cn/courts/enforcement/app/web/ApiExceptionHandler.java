package cn.courts.enforcement.app.web;

import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

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

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        log.info("Unreadable request body: {}", ex.getMostSpecificCause().getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "请求格式错误：请检查JSON格式、日期（yyyy-MM-dd）和枚举取值。");
        problem.setTitle("请求格式错误");
        return ResponseEntity.badRequest().body(problem);
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

    private static ProblemDetail invalid(List<FieldProblem> problems) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "提交的内容有" + problems.size() + "处错误，请修改后重新提交。");
        problem.setTitle("请求未通过校验");
        problem.setProperty("errors", problems);
        return problem;
    }
}
