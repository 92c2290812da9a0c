package cn.courts.enforcement.app.benchmark;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.context.ApplicationContext;

/**
 * The app's PostgreSQL tuning of the engine's tables (the engine plugin platform.PostgresEngineTuning), applied again
 * by the app's own code after a benchmark has undone part of it: its indexes and statistics, idempotently.
 */
final class AppTuning {

    private AppTuning() {
    }

    /** Runs the plugin's start-up work again; returns the seconds it took. */
    static double reapply(ApplicationContext context, ProcessEngine engine) {
        long start = System.nanoTime();
        ProcessEnginePlugin tuning = context.getBeansOfType(ProcessEnginePlugin.class).values().stream()
                .filter(plugin -> plugin.getClass().getSimpleName().startsWith("PostgresEngineTuning"))
                .findFirst().orElseThrow(() -> new IllegalStateException("the app has no PostgresEngineTuning plugin"));
        tuning.postProcessEngineBuild(engine);
        return (System.nanoTime() - start) / 1e9;
    }
}
