package cn.courts.enforcement.app.platform.guard;

import org.camunda.bpm.engine.BadUserRequestException;

import java.util.List;

/** A step with values of the wrong type: answered 400 with every bad field; nothing is written. */
public class MalformedValuesException extends BadUserRequestException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public MalformedValuesException(List<FieldError> errors) {
        super("提交的内容有" + errors.size() + "处格式错误：" + String.join("；",
                errors.stream().map(FieldError::messageZh).toList()));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
