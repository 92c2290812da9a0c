package cn.courts.enforcement.app.tasklist;

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
 * {@code enforcement_case} table and set as <b>task-local</b> string variables ({@link FormFields#CASE_SUMMARY},
 * {@link FormFields#CREDITOR_NAMES}, {@link FormFields#DEBTOR_NAMES}, {@link FormFields#AMOUNT_TEXT},
 * {@link FormFields#DUE_DATE_TEXT}; the case number is the process's {@code caseNumber}). Task-local, so they
 * end with the task and never reach the process's gateways; the forms show them in disabled fields, which
 * a form never submits. A value the task already sees is not set again (the enforcement case's
 * {@code debtorNames} is a process variable, a column of the Tasklist filters). A task without a case (no
 * {@code caseId}) gets the due date only.
 */
@Component("caseFormContext")
public class CaseFormContext implements TaskListener {

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
            display.put(FormFields.DUE_DATE_TEXT, ZhText.day(clock.dayOf(task.getDueDate())));
        }
        if (task.getVariable(EnforcementCaseProcess.Variables.CASE_ID) instanceof Number caseId) {
            EnforcementCase c = caseWithParties(caseId.longValue());
            if (c != null) {
                display.putAll(caseVariables(c));
            }
        }
        if (EnforcementCaseProcess.Elements.RENEW_CONTROL.equals(task.getTaskDefinitionKey())
                && task.getVariable(EnforcementCaseProcess.Variables.PROPERTY_RECORD_ID) instanceof Number recordId) {
            properties.findById(recordId.longValue()).ifPresent(p -> display.put(FormFields.PROPERTY_TEXT, propertyText(p)));
        }
        if (SupervisionProcess.TASK_SUPERVISE.equals(task.getTaskDefinitionKey())
                && task.getVariable(SupervisionProcess.Variables.DUE_DATE) instanceof Date overdueSince) {
            display.put(FormFields.OVERDUE_SINCE_TEXT, ZhText.day(clock.dayOf(overdueSince)));
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
        variables.put(FormFields.CREDITOR_NAMES, creditors);
        variables.put(FormFields.DEBTOR_NAMES, debtors);
        variables.put(FormFields.AMOUNT_TEXT, amount);
        variables.put(FormFields.CASE_SUMMARY, PartyRole.CREDITOR.nameZh() + "：" + creditors + " "
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
