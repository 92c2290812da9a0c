package cn.courts.enforcement.app.platform;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A process variable with its name and type, declared once in a process contract ({@link CaseVariables} for those every
 * case process shares). Code reads and writes variables through these, never through a name as a string literal.
 * Values are flat (string, number, boolean): a {@code Long} accepts any integral number the engine stored (an
 * {@code Integer} after a REST round trip), a {@code Boolean} the strings {@code true}/{@code false} a form may send.
 *
 * @param name the variable's name in the models
 * @param type the Java type its value has
 * @param <T>  the type
 */
public record ProcessVariable<T>(String name, Class<T> type) {

    public ProcessVariable {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a variable needs a name");
        }
        Objects.requireNonNull(type, "type");
    }

    public static ProcessVariable<String> string(String name) {
        return new ProcessVariable<>(name, String.class);
    }

    public static ProcessVariable<Long> id(String name) {
        return new ProcessVariable<>(name, Long.class);
    }

    public static ProcessVariable<Boolean> flag(String name) {
        return new ProcessVariable<>(name, Boolean.class);
    }

    /** The value, if set and of this variable's type (converted as the class comment says); else empty. */
    public Optional<T> from(Function<String, Object> values) {
        return convert(values.apply(name));
    }

    /** The value the scope (an execution or a task and its parents) sees. */
    public Optional<T> from(VariableScope scope) {
        return convert(scope.getVariable(name));
    }

    /** The value the scope sees, which must be set. */
    public T require(VariableScope scope) {
        return from(scope).orElseThrow(() -> new IllegalStateException("variable '" + name + "' is not set on "
                + scope.getVariableScopeKey()));
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value);
    }

    /** Adds the value to a variable map (start, correlation, completion). */
    public VariableMap putIn(VariableMap variables, T value) {
        return variables.putValue(name, value);
    }

    private Optional<T> convert(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        if (type.isInstance(value)) {
            return Optional.of(type.cast(value));
        }
        if (type == Long.class && value instanceof Number number) {
            return Optional.of(type.cast(number.longValue()));
        }
        if (type == Boolean.class && ("true".equals(value) || "false".equals(value))) {
            return Optional.of(type.cast(Boolean.valueOf((String) value)));
        }
        if (type == String.class) {
            return Optional.of(type.cast(value.toString()));
        }
        return Optional.empty();
    }
}
