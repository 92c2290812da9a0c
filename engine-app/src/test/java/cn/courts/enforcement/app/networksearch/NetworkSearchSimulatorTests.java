package cn.courts.enforcement.app.networksearch;

import org.camunda.bpm.client.exception.ExternalTaskClientException;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * The simulator's task handler: it completes with the findings as a String variable, and reports a failed
 * search with retries that count down to an incident, never as "nothing found".
 */
class NetworkSearchSimulatorTests {

    private final NetworkSearchSimulator simulator = new NetworkSearchSimulator(
            new NetworkSearchWorkerCredentials("not-used-here", new MockEnvironment()), new SimulatedNetworkSearch(),
            "/engine-rest/engine/default");
    private final ExternalTaskService service = mock(ExternalTaskService.class);

    @Test
    void answeredSearchCompletesWithTheFindingsAsAStringVariable() {
        ExternalTask task = task("（2026）粤0304执1231号", null, null);
        simulator.handle(task, service);
        verify(service).complete(task, Map.of(NetworkSearchTopic.VARIABLE_FINDINGS,
                new SimulatedNetworkSearch().findingsJson("（2026）粤0304执1231号")));
        verify(service, never()).handleFailure(any(ExternalTask.class), anyString(), anyString(), anyInt(), anyLong());
    }

    @Test
    void searchThatFindsNothingCompletesWithAnEmptyArray() {
        ExternalTask task = task("（2026）粤0303执1235号", null, null);
        simulator.handle(task, service);
        verify(service).complete(task, Map.of(NetworkSearchTopic.VARIABLE_FINDINGS, "[]"));
    }

    @Test
    void firstFailureLeavesTwoRetriesAndWaitsAMinute() {
        ExternalTask task = task("（2026）粤0304执7号（故障）", null, null);
        simulator.handle(task, service);
        verify(service).handleFailure(eq(task), eq("网络查控系统无响应"), contains("（2026）粤0304执7号（故障）"), eq(2), eq(60_000L));
        verify(service, never()).complete(any(ExternalTask.class), anyMap());
    }

    @Test
    void laterFailuresCountTheRetriesDownToZero() {
        ExternalTask task = task("（2026）粤0304执7号（故障）", null, 1);
        simulator.handle(task, service);
        verify(service).handleFailure(eq(task), eq("网络查控系统无响应"), anyString(), eq(0), eq(60_000L));
    }

    @Test
    void simulateFailureVariableMakesAnOrdinaryCaseFail() {
        ExternalTask task = task("（2026）粤0304执1231号", true, 2);
        simulator.handle(task, service);
        verify(service).handleFailure(eq(task), eq("网络查控系统无响应"), anyString(), eq(1), eq(60_000L));
    }

    @Test
    void searchWithoutCaseNumberRaisesAnIncidentAtOnce() {
        ExternalTask task = task(null, null, null);
        simulator.handle(task, service);
        verify(service).handleFailure(eq(task), eq("网络查控请求缺少案号"), anyString(), eq(0), eq(0L));
    }

    @Test
    void rejectedCompletionIsReportedAsAFailureNotLeftToRepeatSilently() {
        ExternalTask task = task("（2026）粤0304执1232号", null, null);
        doThrow(new ExternalTaskClientException("delegate recordSearchResults failed"))
                .when(service).complete(eq(task), anyMap());
        simulator.handle(task, service);
        verify(service).handleFailure(eq(task), eq("查控结果回传失败"), contains("recordSearchResults"), eq(2), eq(60_000L));
    }

    @Test
    void retriesCountLikeJobRetries() {
        assertThat(NetworkSearchSimulator.retriesLeft(null)).isEqualTo(2);
        assertThat(NetworkSearchSimulator.retriesLeft(2)).isEqualTo(1);
        assertThat(NetworkSearchSimulator.retriesLeft(1)).isZero();
        assertThat(NetworkSearchSimulator.retriesLeft(0)).isZero();
    }

    private static ExternalTask task(String caseNumber, Boolean simulateFailure, Integer retries) {
        ExternalTask task = mock(ExternalTask.class);
        when(task.getId()).thenReturn("task-1");
        when(task.getProcessInstanceId()).thenReturn("instance-1");
        when(task.getVariable(NetworkSearchTopic.VARIABLE_CASE_NUMBER)).thenReturn(caseNumber);
        when(task.getVariable(NetworkSearchSimulator.VARIABLE_SIMULATE_FAILURE)).thenReturn(simulateFailure);
        when(task.getRetries()).thenReturn(retries);
        return task;
    }
}
