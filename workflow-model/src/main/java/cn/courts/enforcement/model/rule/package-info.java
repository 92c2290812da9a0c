/**
 * Legal rules as policies: {@link cn.courts.enforcement.model.rule.Policy} from typed facts to
 * {@link cn.courts.enforcement.model.rule.RuleResult}, allowed or refused with a
 * {@link cn.courts.enforcement.model.rule.RuleRefusal} (code, citation, Chinese message). No engine, no Spring.
 */
package cn.courts.enforcement.model.rule;
