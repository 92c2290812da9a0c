package cn.courts.enforcement.app.listing;

import cn.courts.enforcement.app.networksearch.NetworkSearchWorkerCredentials;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The demo push answers every configured joint-punishment unit (法释〔2017〕7号 第八条), so every one is told of a removal. */
class JointPunishmentSimulatorListingTests {

    @Test
    void demoPushReachesEveryConfiguredUnitAndAnswersTheirCodes() {
        JointPunishmentUnits units = new JointPunishmentUnits(List.of(
                new JointPunishmentUnits.Unit("pbc-credit", "中国人民银行征信中心", "credit@units.example"),
                new JointPunishmentUnits.Unit("caac", "中国民用航空局", "caac@units.example")));
        ProcessEngine engine = mock(ProcessEngine.class);
        when(engine.getName()).thenReturn("default");
        JointPunishmentSimulator simulator = new JointPunishmentSimulator(mock(NetworkSearchWorkerCredentials.class), units, engine, "");
        ExternalTask task = mock(ExternalTask.class);
        ExternalTaskService service = mock(ExternalTaskService.class);

        simulator.handle(task, service);

        verify(service).complete(task, Map.of(JointPunishmentTopic.VARIABLE_PUSHED_UNITS, "pbc-credit,caac"));
    }
}
