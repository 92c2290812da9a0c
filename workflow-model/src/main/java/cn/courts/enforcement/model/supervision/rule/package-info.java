/**
 * The rules of the command centre's supervision (督办) of an overdue node, as {@link cn.courts.enforcement.model.rule.Policy}
 * classes named after the rule. No engine, no Spring.
 */
package cn.courts.enforcement.model.supervision.rule;
