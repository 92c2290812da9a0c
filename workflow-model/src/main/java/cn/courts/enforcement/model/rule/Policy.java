package cn.courts.enforcement.model.rule;

/**
 * One legal rule as a function from typed facts to {@link RuleResult}. Each policy is a class named after its rule with
 * the statute in its Javadoc; its input is a record of the values it needs (the form's and the case's), never an
 * untyped map; its refusal's message is built from the legal parameter in force.
 *
 * @param <I> the facts the rule decides on
 */
@FunctionalInterface
public interface Policy<I> {

    RuleResult check(I facts);
}
