/**
 * The rules of the 终本 application and its approval as policies ({@link cn.courts.enforcement.model.rule.Policy}): who
 * may decide (回避), what a decision needs (a reason for a return, the creditor's confirmation or a collegial panel's
 * record for an approval), the gates an application must pass, and what a case must be for its approval or its
 * library monitoring to start. Each names its code, its citation and builds its Chinese message; no engine, no Spring.
 */
package cn.courts.enforcement.model.termination.rule;
