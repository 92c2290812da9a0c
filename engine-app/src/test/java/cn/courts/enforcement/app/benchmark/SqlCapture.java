package cn.courts.enforcement.app.benchmark;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SQL the engine really runs for a query, with its parameters, taken from MyBatis' statement log (DEBUG on
 * the mapper's namespace, for one call only), so that EXPLAIN ANALYZE sees exactly the engine's statement
 * including the authorization and tenant checks.
 */
final class SqlCapture implements AutoCloseable {

    private static final Pattern TYPED_VALUE = Pattern.compile("^(.*)\\((\\w+)\\)$");

    private final Logger logger;
    private final Level previousLevel;
    private final boolean previousAdditive;
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    SqlCapture(String loggerName) {
        logger = (Logger) LoggerFactory.getLogger(loggerName);
        previousLevel = logger.getLevel();
        previousAdditive = logger.isAdditive();
        appender.setContext(logger.getLoggerContext());
        appender.start();
        logger.addAppender(appender);
        logger.setAdditive(false);
        logger.setLevel(Level.DEBUG);
    }

    /** A statement as the engine sent it: SQL with {@code ?} placeholders and its parameters as SQL literals. */
    record Statement(String sql, List<String> literals) {

        /** With the parameters written in: PostgreSQL plans it for exactly these values (a custom plan). */
        String inlined() {
            return inline(sql, literals);
        }

        /** The SQL with {@code $1, $2, ...}, as {@code PREPARE} takes it. */
        String numbered() {
            StringBuilder out = new StringBuilder();
            int next = 0;
            for (int i = 0; i < sql.length(); i++) {
                char c = sql.charAt(i);
                out.append(c == '?' ? "$" + (++next) : String.valueOf(c));
            }
            return out.toString();
        }
    }

    /** The last statement logged. */
    Statement lastStatement() {
        String sql = null;
        String parameters = null;
        for (ILoggingEvent event : new ArrayList<>(appender.list)) {
            String message = event.getFormattedMessage();
            if (message.startsWith("==>  Preparing:")) {
                sql = message.substring("==>  Preparing:".length()).strip();
                parameters = null;
            } else if (message.startsWith("==> Parameters:")) {
                parameters = message.substring("==> Parameters:".length()).strip();
            }
        }
        if (sql == null) {
            throw new IllegalStateException("no SQL statement was logged by " + logger.getName());
        }
        List<String> literals = parameters == null ? List.of() : literals(parameters);
        inline(sql, literals);
        return new Statement(sql, literals);
    }

    @Override
    public void close() {
        logger.setLevel(previousLevel);
        logger.setAdditive(previousAdditive);
        logger.detachAppender(appender);
        appender.stop();
    }

    /** MyBatis writes parameters as {@code value(Type), value(Type), null}; ids, names and dates have no ", ". */
    private static List<String> literals(String parameters) {
        List<String> literals = new ArrayList<>();
        if (parameters.isEmpty()) {
            return literals;
        }
        for (String token : parameters.split(", ")) {
            if (token.equals("null")) {
                literals.add("null");
                continue;
            }
            Matcher m = TYPED_VALUE.matcher(token);
            if (!m.matches()) {
                throw new IllegalStateException("cannot read parameter '" + token + "' of " + parameters);
            }
            String value = m.group(1);
            literals.add(switch (m.group(2)) {
                case "Integer", "Long", "Short", "Boolean", "BigDecimal", "Double" -> value;
                default -> "'" + value.replace("'", "''") + "'";
            });
        }
        return literals;
    }

    private static String inline(String sql, List<String> literals) {
        StringBuilder out = new StringBuilder();
        int next = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '?') {
                if (next >= literals.size()) {
                    throw new IllegalStateException("more placeholders than parameters in " + sql);
                }
                out.append(literals.get(next++));
            } else {
                out.append(c);
            }
        }
        if (next != literals.size()) {
            throw new IllegalStateException("parameters left over (" + next + " of " + literals.size() + ") for " + sql);
        }
        return out.toString();
    }
}
