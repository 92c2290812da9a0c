package cn.courts.enforcement.app.models;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.dmn.Dmn;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The project's rules for administrators' deployments, each on a model that breaks it and on one that keeps it. */
class ModelRulesTests {

    private static final String GOOD_TASK = """
            <bpmn:userTask id="Task_Notice" name="发出执行通知书" camunda:formRef="Form_Notice" camunda:formRefBinding="deployment"
                camunda:candidateGroups="judge" camunda:dueDate="${legalDeadlines.fromToday('EXECUTION_NOTICE')}" />""";

    private static List<ModelProblem> check(String processAttributes, String content) {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Definitions_Test" targetNamespace="http://courts.cn/test">
                  <bpmn:process id="Process_Test" isExecutable="true" %s>
                    %s
                  </bpmn:process>
                </bpmn:definitions>""".formatted(processAttributes, content);
        return ModelRules.checkBpmn(Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))),
                Set.of("Form_Notice"));
    }

    private static List<ModelProblem> check(String content) {
        return check("camunda:historyTimeToLive=\"P3650D\"", content);
    }

    private static List<String> rules(List<ModelProblem> problems) {
        return problems.stream().map(p -> p.rule() + "@" + p.elementId()).toList();
    }

    @Test
    void aCompliantModelHasNoProblem() {
        assertThat(check(GOOD_TASK)).isEmpty();
        assertThat(check(GOOD_TASK.replace("fromToday('EXECUTION_NOTICE')", "from(filingDate, 'FINISH_INVESTIGATION')"))).isEmpty();
        assertThat(check(GOOD_TASK.replace("fromToday('EXECUTION_NOTICE')", "on(caseLimitDate)"))).isEmpty();
    }

    @Test
    void aUserTaskWithoutCandidateGroupsOrWithAnEmptyOneIsRefused() {
        assertThat(rules(check(GOOD_TASK.replace("camunda:candidateGroups=\"judge\"", ""))))
                .containsExactly(ModelRules.CANDIDATE_GROUP + "@Task_Notice");
        assertThat(rules(check(GOOD_TASK.replace("\"judge\"", "\"judge,,leader\""))))
                .containsExactly(ModelRules.CANDIDATE_GROUP + "@Task_Notice");
    }

    @Test
    void aUserTaskWithoutAFormOrWithAnUnknownFormIsRefused() {
        assertThat(rules(check(GOOD_TASK.replace("camunda:formRef=\"Form_Notice\"", ""))))
                .containsExactly(ModelRules.FORM + "@Task_Notice");
        List<ModelProblem> unknown = check(GOOD_TASK.replace("\"Form_Notice\"", "\"Form_Missing\""));
        assertThat(rules(unknown)).containsExactly(ModelRules.FORM + "@Task_Notice");
        assertThat(unknown.get(0).message()).contains("Form_Missing", "Form_Notice");
    }

    @Test
    void aProcessWithoutHistoryTimeToLiveIsRefused() {
        assertThat(rules(check("", GOOD_TASK))).containsExactly(ModelRules.HISTORY_TTL + "@Process_Test");
    }

    @Test
    void generatedIdsAreRefusedAndReadableOnesKept() {
        assertThat(ModelRules.isGeneratedId("Activity_0h2mjz7")).isTrue();
        assertThat(ModelRules.isGeneratedId("Flow_1x2y3z4")).isTrue();
        assertThat(ModelRules.isGeneratedId("StartEvent_1")).isTrue();
        assertThat(ModelRules.isGeneratedId("sid-0D2F7A3C-5B8E-4F44-9A0B-1C2D3E4F5A6B")).isTrue();
        assertThat(ModelRules.isGeneratedId("Task_IssueExecutionNotice")).isFalse();
        assertThat(ModelRules.isGeneratedId("Flow_approved")).isFalse();
        assertThat(rules(check(GOOD_TASK.replace("Task_Notice", "Activity_0h2mjz7"))))
                .containsExactly(ModelRules.GENERATED_IDS + "@Activity_0h2mjz7");
    }

    @Test
    void aDueDateNotFromTheLegalCalendarIsRefused() {
        for (String due : List.of("", "P10D", "${'P10D'}", "${legalDeadlines.fromToday('EXECUTION_NOTICE')}x",
                "${legalDeadlines.fromToday(&quot;P10D&quot;)}")) {
            String task = GOOD_TASK.replace("camunda:dueDate=\"${legalDeadlines.fromToday('EXECUTION_NOTICE')}\"",
                    due.isEmpty() ? "" : "camunda:dueDate=\"" + due + "\"");
            assertThat(rules(check(task))).as(due).containsExactly(ModelRules.DUE_DATE + "@Task_Notice");
        }
    }

    @Test
    void scriptsAreRefusedWhereverTheyAre() {
        assertThat(rules(check(GOOD_TASK + """
                <bpmn:scriptTask id="Task_Script" scriptFormat="groovy"><bpmn:script>println 1</bpmn:script></bpmn:scriptTask>""")))
                .containsExactly(ModelRules.NO_SCRIPTS + "@Task_Script");
        assertThat(rules(check(GOOD_TASK.replace(" />", """
                ><bpmn:extensionElements><camunda:taskListener event="create">
                <camunda:script scriptFormat="javascript">task.setName('x')</camunda:script>
                </camunda:taskListener></bpmn:extensionElements></bpmn:userTask>"""))))
                .containsExactly(ModelRules.NO_SCRIPTS + "@Task_Notice");
        assertThat(rules(check(GOOD_TASK + """
                <bpmn:endEvent id="Event_End" />
                <bpmn:sequenceFlow id="Flow_Done" sourceRef="Task_Notice" targetRef="Event_End">
                  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" language="javascript">true</bpmn:conditionExpression>
                </bpmn:sequenceFlow>""")))
                .containsExactly(ModelRules.NO_SCRIPTS + "@Flow_Done");
    }

    @Test
    void decisionTablesMayNotUseScriptLanguages() {
        String dmn = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
                    id="Definitions_Gates" name="gates" namespace="http://courts.cn/test">
                  <decision id="Decision_Gates" name="关口" camunda:historyTimeToLive="P180D">
                    <decisionTable id="DecisionTable_Gates">
                      <input id="Input_Months" label="月数">
                        <inputExpression id="InputExpression_Months" typeRef="integer" expressionLanguage="%s"><text>months</text></inputExpression>
                      </input>
                      <output id="Output_Ok" name="ok" typeRef="boolean" />
                    </decisionTable>
                  </decision>
                </definitions>""";
        assertThat(ModelRules.checkDmn(Dmn.readModelFromStream(new ByteArrayInputStream(
                dmn.formatted("feel").getBytes(StandardCharsets.UTF_8))))).isEmpty();
        assertThat(rules(ModelRules.checkDmn(Dmn.readModelFromStream(new ByteArrayInputStream(
                dmn.formatted("javascript").getBytes(StandardCharsets.UTF_8))))))
                .containsExactly(ModelRules.NO_SCRIPTS + "@InputExpression_Months");
    }
}
