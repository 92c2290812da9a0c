package cn.courts.enforcement.app.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers refusals on the engine's REST APIs ({@code /engine-rest}, and {@code /camunda/api/engine} that Tasklist and
 * Cockpit call) as {@link Refusals} says, instead of the engine REST's 500 ("Cannot submit task form {id}: ..."). Camunda
 * registers its own mappers for the same exception types; these win by their {@link Priority} and answer only what
 * {@link Refusals#classify} recognises ({@link ExtendedExceptionMapper#isMappable}), so every other error keeps the
 * engine's answer. Registered in every Jersey application of the app by {@link Discovery}
 * ({@code META-INF/services/org.glassfish.jersey.internal.spi.ForcedAutoDiscoverable}), since the webapps' engine API is
 * an application of Camunda's that the app cannot configure otherwise.
 */
public final class EngineRestRefusals {

    private static final Logger log = LoggerFactory.getLogger(EngineRestRefusals.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Before Camunda's mappers, which have the default priority (USER = 5000). */
    private static final int BEFORE_CAMUNDA = 1000;

    private EngineRestRefusals() {
    }

    static Response answer(Throwable exception) {
        Refusals.Problem problem = Refusals.classify(exception).orElseThrow();
        log.info("Engine REST refused ({} {}): {}", problem.status(), problem.logLine(), problem.detail());
        try {
            return Response.status(problem.status())
                    .type("application/problem+json;charset=UTF-8")
                    .entity(JSON.writeValueAsString(problem.body()))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a problem document", e);
        }
    }

    /** Refusals the engine throws (a listener's, wrapped or not; locking; tenant check). */
    @Priority(BEFORE_CAMUNDA)
    public static final class EngineExceptions implements ExtendedExceptionMapper<ProcessEngineException> {
        @Override
        public boolean isMappable(ProcessEngineException exception) {
            return Refusals.classify(exception).isPresent();
        }

        @Override
        public Response toResponse(ProcessEngineException exception) {
            return answer(exception);
        }
    }

    /** Refusals the engine REST wrapped ("Cannot submit task form {id}: ..."). */
    @Priority(BEFORE_CAMUNDA)
    public static final class RestExceptions implements ExtendedExceptionMapper<RestException> {
        @Override
        public boolean isMappable(RestException exception) {
            return Refusals.classify(exception).isPresent();
        }

        @Override
        public Response toResponse(RestException exception) {
            return answer(exception);
        }
    }

    /** Registers both mappers in every Jersey application. */
    public static final class Discovery implements ForcedAutoDiscoverable {
        @Override
        public void configure(FeatureContext context) {
            if (!context.getConfiguration().isRegistered(EngineExceptions.class)) {
                context.register(EngineExceptions.class, BEFORE_CAMUNDA);
                context.register(RestExceptions.class, BEFORE_CAMUNDA);
            }
        }
    }
}
