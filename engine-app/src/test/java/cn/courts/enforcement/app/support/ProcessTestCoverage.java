package cn.courts.enforcement.app.support;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessCoverageConfigurator;
import org.camunda.community.process_test_coverage.engine.platform7.ProcessEngineAdapter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Process-test coverage for the {@code *ProcessTests} (camunda-process-test-coverage): registers the
 * coverage's history listeners with the engine of the test context. A test class imports this, adds
 * {@code ProcessEngineCoverageTestExecutionListener} to its listeners and declares its own
 * {@code ProcessEngineCoverageProperties} bean (which processes count, which coverage it asserts). The
 * report is written to {@code engine-app/target/process-test-coverage/<test class>/}.
 *
 * <p>Until the coverage listener takes over at the start of the test class, the engine's coverage
 * listeners record into nothing: the demo profile works on cases while the context starts, and the
 * coverage extension refuses events it has nowhere to put.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ProcessTestCoverage {

    @Bean
    static AbstractCamundaConfiguration processTestCoverageEngineConfiguration() {
        return new AbstractCamundaConfiguration() {
            @Override
            public void preInit(SpringProcessEngineConfiguration configuration) {
                ProcessCoverageConfigurator.initializeProcessCoverageExtensions(configuration);
            }

            @Override
            public void postProcessEngineBuild(ProcessEngine processEngine) {
                new ProcessEngineAdapter(processEngine, event -> { }).initializeListeners();
            }
        };
    }
}
