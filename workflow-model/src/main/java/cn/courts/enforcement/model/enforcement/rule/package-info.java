/**
 * The legal rules of an enforcement case's nodes, one {@link cn.courts.enforcement.model.rule.Policy} per rule, named
 * after it, with the statute in its Javadoc and its refusal's citation: the recorded dates, the decisions the process
 * routes on, the reference price and the online auctions (法释〔2016〕18号, 法释〔2018〕15号), the case account
 * (法发〔2017〕6号), the closing (法发〔2014〕26号) and the renewal of a control (民诉法解释 第485条). Each takes a record
 * of typed facts ({@link cn.courts.enforcement.model.enforcement.rule.CaseField} names the values); a value that is
 * absent ({@code null}) is not the rule's business unless the rule requires it. Figures come from the parameter
 * tables in force ({@code LegalRatios}, {@code LegalParameters}), never from the message text.
 */
package cn.courts.enforcement.model.enforcement.rule;
