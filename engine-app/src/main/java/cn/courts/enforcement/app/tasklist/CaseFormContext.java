package cn.courts.enforcement.app.tasklist;

import cn.courts.enforcement.app.platform.CaseVariables;

import cn.courts.enforcement.app.enforcement.EnforcementCaseProcess;
import cn.courts.enforcement.app.enforcement.PropertyRecordRepository;
import cn.courts.enforcement.app.platform.CourtClock;
import cn.courts.enforcement.app.supervision.SupervisionProcess;
import cn.courts.enforcement.model.rule.ZhText;
import cn.courts.enforcement.model.enforcement.CaseParty;
import cn.courts.enforcement.model.enforcement.EnforcementCase;
import cn.courts.enforcement.model.enforcement.PartyRole;
import cn.courts.enforcement.model.enforcement.PropertyRecord;
import jakarta.persistence.EntityGraph;
import jakarta.persistence.EntityManager;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The case context every task form shows read-only at its top (create listener of every user task, added by
 * {@link CaseTaskForms}): the parties, the amount and the node's due date, read from the
 * {@code enforcement_case} table and set as <b>task-local</b> string variables ({@link CaseFormContext#CASE_SUMMARY},
 * {@link CaseFormContext#CREDITOR_NAMES}, {@link CaseFormContext#DEBTOR_NAMES}, {@link CaseFormContext#AMOUNT_TEXT},
 * {@link CaseFormContext#DUE_DATE_TEXT}; the case number is the process's {@code caseNumber}). Task-local, so they
 * end with the task and never reach the process's gateways; the forms show them in disabled fields, which
 * a form never submits. A value the task already sees is not set again (the enforcement case's
 * {@code debtorNames} is a process variable, a column of the Tasklist filters). A task without a case (no
 * {@code caseId}) gets the due date only.
 */
@Component("caseFormContext")
public class CaseFormContext implements TaskListener {

    // --- display variables: set task-locally when a task is created, shown read-only at the top of every form ---

    /** One line: 申请执行人：… 被执行人：… 执行标的：人民币…元. */
    public static final String CASE_SUMMARY = "caseSummary";
    /** 申请执行人, names joined by 、 */
    public static final String CREDITOR_NAMES = "creditorNames";
    /** 被执行人, names joined by 、 (a process variable of every case process, set at filing). */
    public static final String DEBTOR_NAMES = CaseVariables.DEBTOR_NAMES.name();
    /** 执行标的: 人民币125000.50元 */
    public static final String AMOUNT_TEXT = "amountText";
    /** The node's legal due date: 2026年03月05日 */
    public static final String DUE_DATE_TEXT = "dueDateText";
    /** Task_RenewControl: the property whose control is to be renewed. */
    public static final String PROPERTY_TEXT = "propertyText";
    /** Task_Supervise: the overdue node's due date, as text. */
    public static final String OVERDUE_SINCE_TEXT = "overdueSinceText";

    /** Every display variable (never a value a judge records). */
    public static final java.util.Set<String> DISPLAY_VARIABLES = java.util.Set.of(CASE_SUMMARY, CREDITOR_NAMES,
            DEBTOR_NAMES, AMOUNT_TEXT, DUE_DATE_TEXT, PROPERTY_TEXT, OVERDUE_SINCE_TEXT);

    /** JPA's load graph hint: the attributes of the graph are fetched with the entity, the others as mapped. */
    private static final String LOAD_GRAPH = "jakarta.persistence.loadgraph";

    private final EntityManager entityManager;
    private final PropertyRecordRepository properties;
    private final CourtClock clock;

    CaseFormContext(EntityManager entityManager, PropertyRecordRepository properties, CourtClock clock) {
        this.entityManager = entityManager;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        Map<String, Object> display = new LinkedHashMap<>();
        if (task.getDueDate() != null) {
            display.put(CaseFormContext.DUE_DATE_TEXT, ZhText.day(clock.dayOf(task.getDueDate())));
        }
        if (task.getVariable(EnforcementCaseProcess.Variables.CASE_ID) instanceof Number caseId) {
            EnforcementCase c = caseWithParties(caseId.longValue());
            if (c != null) {
                display.putAll(caseVariables(c));
            }
        }
        if (EnforcementCaseProcess.Elements.RENEW_CONTROL.equals(task.getTaskDefinitionKey())
                && task.getVariable(EnforcementCaseProcess.Variables.PROPERTY_RECORD_ID) instanceof Number recordId) {
            properties.findById(recordId.longValue()).ifPresent(p -> display.put(CaseFormContext.PROPERTY_TEXT, propertyText(p)));
        }
        if (SupervisionProcess.TASK_SUPERVISE.equals(task.getTaskDefinitionKey())
                && task.getVariable(SupervisionProcess.Variables.DUE_DATE) instanceof Date overdueSince) {
            display.put(CaseFormContext.OVERDUE_SINCE_TEXT, ZhText.day(clock.dayOf(overdueSince)));
        }
        // a value the task already sees (e.g. the process's debtorNames, a Tasklist column) is not duplicated
        display.forEach((name, value) -> {
            if (task.getVariable(name) == null) {
                task.setVariableLocal(name, value);
            }
        });
    }

    /**
     * The case with its parties, in one query (a task is created in a transaction of its own, so the case is
     * rarely in the persistence context already; if it is, as in the filing's transaction, no query runs).
     */
    private EnforcementCase caseWithParties(long caseId) {
        EntityGraph<EnforcementCase> graph = entityManager.createEntityGraph(EnforcementCase.class);
        graph.addAttributeNodes("parties");
        return entityManager.find(EnforcementCase.class, caseId, Map.of(LOAD_GRAPH, graph));
    }

    /** The case's display variables: parties, amount and the one-line summary. */
    static Map<String, Object> caseVariables(EnforcementCase c) {
        String creditors = names(c, PartyRole.CREDITOR);
        String debtors = names(c, PartyRole.DEBTOR);
        String amount = ZhText.yuan(c.amount());
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put(CaseFormContext.CREDITOR_NAMES, creditors);
        variables.put(CaseFormContext.DEBTOR_NAMES, debtors);
        variables.put(CaseFormContext.AMOUNT_TEXT, amount);
        variables.put(CaseFormContext.CASE_SUMMARY, PartyRole.CREDITOR.nameZh() + "：" + creditors + " "
                + PartyRole.DEBTOR.nameZh() + "：" + debtors + " 执行标的：" + amount);
        return variables;
    }

    /** 存款：中国工商银行深圳分行 账户 6222****4821（中国工商银行），控制至2026年04月30日 */
    static String propertyText(PropertyRecord p) {
        StringBuilder text = new StringBuilder(p.kind().nameZh()).append("：").append(p.description());
        if (p.holder() != null && !p.holder().isBlank()) {
            text.append("（").append(p.holder()).append("）");
        }
        if (p.controlExpiresOn() != null) {
            text.append("，控制至").append(ZhText.day(p.controlExpiresOn()));
        }
        return text.toString();
    }

    private static String names(EnforcementCase c, PartyRole role) {
        return c.parties(role).stream().map(CaseParty::name).collect(Collectors.joining("、"));
    }
}
