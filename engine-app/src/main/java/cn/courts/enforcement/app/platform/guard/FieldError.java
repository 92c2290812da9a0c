package cn.courts.enforcement.app.platform.guard;

/**
 * A value that cannot be read as what its field holds (a word where a date belongs, a list where a sum of money
 * belongs): malformed input, answered 400 with every such field, before any rule is checked.
 *
 * @param field     the form field's key
 * @param messageZh what the field must hold, in Chinese
 */
public record FieldError(String field, String messageZh) {
}
