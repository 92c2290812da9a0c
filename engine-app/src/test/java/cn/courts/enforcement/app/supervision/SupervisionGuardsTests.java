package cn.courts.enforcement.app.supervision;

import cn.courts.enforcement.app.enforcement.EnforcementCaseRepository;
import cn.courts.enforcement.app.platform.guard.FormValues;
import cn.courts.enforcement.app.platform.guard.TaskStep;
import cn.courts.enforcement.app.tasklist.ModelsAndForms;
import cn.courts.enforcement.model.rule.RuleRefusal;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/** {@link SupervisionGuards}: every user task of the model is declared; a supervision closes with an opinion. */
class SupervisionGuardsTests {

    private final SupervisionGuards guards = new SupervisionGuards(mock(EnforcementCaseRepository.class));

    private Optional<RuleRefusal> complete(Map<String, ?> values) {
        TaskStep step = new TaskStep(TaskStep.Kind.COMPLETION, SupervisionProcess.KEY, SupervisionProcess.TASK_SUPERVISE,
                "task-1", new FormValues(values::get, ZoneId.of("Asia/Shanghai")), Optional.of("ftcentre1"), null,
                LocalDate.of(2026, 3, 6));
        return guards.userTasks().get(SupervisionProcess.TASK_SUPERVISE).onCompletion().stream()
                .map(g -> g.check(step).rejection()).flatMap(Optional::stream).findFirst();
    }

    @Test
    void everyUserTaskOfTheModelIsDeclared() {
        List<String> userTasks = ModelsAndForms.userTasks().stream()
                .filter(t -> SupervisionProcess.KEY.equals(t.processKey())).map(t -> t.task().getId()).toList();
        assertThat(userTasks).isNotEmpty();
        assertThat(guards.userTasks().keySet()).containsExactlyInAnyOrderElementsOf(userTasks);
    }

    @Test
    void supervisionWithoutAnOpinionIsRefused() {
        assertThat(complete(Map.of()).map(RuleRefusal::ruleCode)).contains("SUPERVISION_OPINION_REQUIRED");
        assertThat(complete(Map.of("supervisionOpinion", "  ")).map(RuleRefusal::messageZh)).contains("请填写督办意见");
        assertThat(complete(Map.of("supervisionOpinion", "请于3月9日前送达执行通知书并报告。"))).isEmpty();
    }
}
