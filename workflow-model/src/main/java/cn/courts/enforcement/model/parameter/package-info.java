/**
 * The single table of legal parameters: every period the processes use, with the statute it comes from,
 * the version of that text and how reliably it was read (domain-rules.md: V read in the rule's text,
 * S read in a faithful copy only, R recalled with the article unconfirmed; P marks a platform setting
 * that no statute fixes).
 *
 * <p>Article numbers change (the Civil Procedure Law was renumbered in 2023) and later national rules
 * change figures, so numbers live in {@code legal-parameters.csv} and {@code legal-ratios.csv}, not in
 * code; the seeds' numbers are the defaults and a later rule's figure is an
 * {@link cn.courts.enforcement.model.parameter.LegalParameters#withOverride override}.
 */
package cn.courts.enforcement.model.parameter;
