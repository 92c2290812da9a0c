package cn.courts.enforcement.app.web;

import java.util.List;

/** A request that breaks domain rules; every failing field is reported at once (400). */
public class InvalidRequestException extends RuntimeException {

    private final List<FieldProblem> problems;

    public InvalidRequestException(List<FieldProblem> problems) {
        super("invalid request: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
