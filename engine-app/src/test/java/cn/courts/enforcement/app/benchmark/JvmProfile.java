package cn.courts.enforcement.app.benchmark;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where the JVM's CPU goes while the app workload runs: Java Flight Recorder's execution samples (the JDK's
 * "profile" settings, a sample of every running thread every 10-20 ms), summed up as the share of samples
 * in which a frame of the application, or of a library, is on the stack (inclusive), and the leaf frames'
 * libraries (where the CPU is spent itself).
 */
final class JvmProfile {

    private static final String APP = "cn.courts.enforcement.app.";
    private static final String BENCHMARK = "cn.courts.enforcement.app.benchmark.";

    /** Libraries by package prefix, in the order of the report. */
    private static final Map<String, String> LIBRARIES = new LinkedHashMap<>();

    static {
        LIBRARIES.put("org.camunda.bpm.engine.impl.bpmn.", "Camunda engine: BPMN behaviour");
        LIBRARIES.put("org.camunda.bpm.engine.impl.history.", "Camunda engine: history");
        LIBRARIES.put("org.camunda.bpm.engine.impl.persistence.", "Camunda engine: entities, authorization checks");
        LIBRARIES.put("org.camunda.bpm.engine.impl.db.", "Camunda engine: DbSqlSession, flush");
        LIBRARIES.put("org.camunda.bpm.engine.impl.el.", "Camunda engine: expressions (JUEL)");
        LIBRARIES.put("org.camunda.spin.", "Camunda Spin");
        LIBRARIES.put("org.camunda.", "Camunda engine: other");
        LIBRARIES.put("org.apache.ibatis.", "MyBatis");
        LIBRARIES.put("org.hibernate.", "Hibernate (JPA)");
        LIBRARIES.put("org.springframework.data.", "Spring Data");
        LIBRARIES.put("org.springframework.", "Spring: other");
        LIBRARIES.put("org.postgresql.", "PostgreSQL JDBC driver");
        LIBRARIES.put("com.zaxxer.hikari.", "Hikari pool");
        LIBRARIES.put("com.fasterxml.jackson.", "Jackson");
        LIBRARIES.put("ch.qos.logback.", "Logback");
        LIBRARIES.put("org.slf4j.", "SLF4J");
        LIBRARIES.put("jakarta.mail.", "Jakarta Mail");
        LIBRARIES.put("org.eclipse.angus.", "Jakarta Mail");
        LIBRARIES.put("java.", "JDK");
        LIBRARIES.put("jdk.", "JDK");
        LIBRARIES.put("sun.", "JDK");
    }

    private Recording recording;

    void start() throws IOException, ParseException {
        recording = new Recording(Configuration.getConfiguration("profile"));
        recording.enable("jdk.ExecutionSample");
        recording.start();
    }

    /** Stops the recording and returns the summary as Markdown. */
    String stopAndSummarize(int top) throws IOException {
        recording.stop();
        Path file = Files.createTempFile("benchmark-profile", ".jfr");
        try {
            recording.dump(file);
            return summarize(RecordingFile.readAllEvents(file), top);
        } finally {
            recording.close();
            Files.deleteIfExists(file);
        }
    }

    private static String summarize(List<RecordedEvent> events, int top) {
        Map<String, Integer> appMethods = new HashMap<>();
        Map<String, Integer> libraries = new HashMap<>();
        Map<String, Integer> leaves = new HashMap<>();
        Map<String, Integer> threads = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : events) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            samples++;
            String thread = event.getThread("sampledThread") == null ? "?" : threadGroup(event.getThread("sampledThread").getJavaName());
            threads.merge(thread, 1, Integer::sum);
            Set<String> seenMethods = new HashSet<>();
            Set<String> seenLibraries = new HashSet<>();
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            for (RecordedFrame frame : frames) {
                if (!frame.isJavaFrame()) {
                    continue;
                }
                String type = frame.getMethod().getType().getName();
                if (type.startsWith(APP) && !type.startsWith(BENCHMARK) && !generated(type, frame.getMethod().getName())) {
                    String method = type.substring(APP.length()) + "." + frame.getMethod().getName();
                    if (seenMethods.add(method)) {
                        appMethods.merge(method, 1, Integer::sum);
                    }
                }
                String library = library(type);
                if (library != null && seenLibraries.add(library)) {
                    libraries.merge(library, 1, Integer::sum);
                }
            }
            if (!frames.isEmpty()) {
                String leaf = library(frames.get(0).getMethod().getType().getName());
                leaves.merge(leaf == null ? "other" : leaf, 1, Integer::sum);
            }
        }
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d execution samples; by thread: %s%n%n", samples, percentages(threads, samples, 10)));
        out.append("| on the stack (inclusive) | share of samples |\n|---|---:|\n");
        for (Map.Entry<String, Integer> e : sorted(appMethods, top)) {
            out.append(String.format(Locale.ROOT, "| app: %s | %.0f%% |%n", e.getKey(), 100.0 * e.getValue() / samples));
        }
        for (Map.Entry<String, Integer> e : sorted(libraries, 30)) {
            out.append(String.format(Locale.ROOT, "| %s | %.0f%% |%n", e.getKey(), 100.0 * e.getValue() / samples));
        }
        out.append(String.format(Locale.ROOT, "%nCPU spent in (leaf frame): %s%n", percentages(leaves, samples, 12)));
        return out.toString();
    }

    /** Lambdas, proxies and CGLIB subclasses: they repeat the method that calls them. */
    private static boolean generated(String type, String method) {
        return type.contains("$$") || type.contains("$Proxy") || method.startsWith("lambda$");
    }

    private static String threadGroup(String name) {
        if (name.startsWith("pool-")) {
            return "workload threads";
        }
        return name.replaceAll("-?\\d+$", "");
    }

    private static String library(String type) {
        for (Map.Entry<String, String> e : LIBRARIES.entrySet()) {
            if (type.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return type.startsWith(APP) ? "the app's own code" : null;
    }

    private static List<Map.Entry<String, Integer>> sorted(Map<String, Integer> counts, int top) {
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top).toList();
    }

    private static String percentages(Map<String, Integer> counts, int total, int top) {
        return sorted(counts, top).stream()
                .map(e -> String.format(Locale.ROOT, "%s %.0f%%", e.getKey(), 100.0 * e.getValue() / Math.max(total, 1)))
                .collect(Collectors.joining(", "));
    }
}
