package cn.courts.enforcement.app.web;

/** One failing field of a request: its path (e.g. {@code parties[1].identifier}) and the user's message. */
public record FieldProblem(String field, String message) {
}
