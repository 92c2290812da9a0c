package cn.courts.enforcement.app.termination;

import cn.courts.enforcement.model.termination.TerminationFacts;
import cn.courts.enforcement.model.termination.TerminationGate;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * What the gates said about an application: the facts that went into the DMN table and every failing gate it
 * named, with the reason the judge reads.
 */
public record GateCheckResult(String caseNumber, LocalDate checkedOn, TerminationFacts facts, List<Failure> failures) {

    /**
     * A failing gate as the DMN table named it.
     *
     * @param code   the table's code, normally a {@link TerminationGate} name
     * @param gate   the gate, or null for a code an administrator added to the table
     * @param reason the Chinese reason from the table
     */
    public record Failure(String code, TerminationGate gate, String reason) {
    }

    public GateCheckResult {
        failures = List.copyOf(failures);
    }

    public boolean passed() {
        return failures.isEmpty();
    }

    public Optional<Failure> failureOf(TerminationGate gate) {
        return failures.stream().filter(f -> f.gate() == gate).findFirst();
    }

    /** The refusal the judge reads: every failing reason, numbered. */
    public String refusalMessageZh() {
        return "终本申请未通过审批条件检查（“四个不批”及终本条件，案号" + caseNumber + "），不予提交：\n"
                + IntStream.range(0, failures.size()).mapToObj(i -> (i + 1) + ". " + failures.get(i).reason())
                .collect(Collectors.joining("\n"));
    }

    /** For the reviewer and the leader: one line per gate, all passed when the application got to them. */
    public String summaryZh() {
        return checkedOn + " 审批条件检查（“四个不批”及终本条件）：" + (passed() ? "全部通过" : failures.size() + "项未通过") + "\n"
                + Arrays.stream(TerminationGate.values())
                .map(g -> failureOf(g).map(f -> "✗ " + f.reason()).orElse("✓ " + g.passedZh()))
                .collect(Collectors.joining("\n"));
    }
}
