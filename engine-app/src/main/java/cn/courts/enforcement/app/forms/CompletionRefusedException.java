package cn.courts.enforcement.app.forms;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A task completion the domain rules refuse. The message is the Chinese text the judge reads: Tasklist shows
 * the {@code message} of the failed REST call. Thrown before anything is written (submitting a form), or from
 * the task's complete listener (any other completion), where the engine wraps it; either way the completion's
 * transaction rolls back and the task stays open, unchanged.
 *
 * <p>A {@link FormFieldValidationException} (a {@code ProcessEngineException}), so that
 * {@code POST /engine-rest/task/{id}/submit-form} answers 400 Bad Request rather than 500.
 */
public class CompletionRefusedException extends FormFieldValidationException {

    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * @param field     the variable the rule is about (the form field's key)
     * @param messageZh what is wrong and what the rule is, in Chinese
     */
    public CompletionRefusedException(String field, String messageZh) {
        super(field, messageZh);
        this.field = field;
    }

    /** The variable (form field key) the refusal is about. */
    public String field() {
        return field;
    }
}
