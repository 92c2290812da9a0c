/**
 * The rules of the dishonest-debtor list (失信被执行人名单, 法释〔2017〕7号; seed 001) that the listing's steps must keep, as
 * policies ({@link cn.courts.enforcement.model.rule.Policy}): who decides, what a decision states, when a creditor's
 * application may list a debtor again, and what a listing must be for its processes to start. No engine, no Spring.
 */
package cn.courts.enforcement.model.listing.rule;
