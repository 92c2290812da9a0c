package cn.courts.enforcement.app.termination;

import cn.courts.enforcement.model.termination.TerminationFacts;
import cn.courts.enforcement.model.termination.TerminationGate;
import cn.courts.enforcement.model.termination.rule.TerminationGatesPassed;
import cn.courts.enforcement.model.rule.RuleResult;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the gates said about an application: the facts that went into the DMN table and every failing gate it
 * named, with the reason the judge reads.
 */
public record GateCheckResult(String caseNumber, LocalDate checkedOn, TerminationFacts facts, List<Failure> failures) {

    private static final TerminationGatesPassed GATES = new TerminationGatesPassed();

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

    /** The gates' verdict as the rule {@link TerminationGatesPassed} gives it: allowed, or refused with every reason. */
    public RuleResult verdict() {
        return GATES.check(new TerminationGatesPassed.Facts(caseNumber, failures.stream().map(Failure::reason).toList()));
    }

    /** For the reviewer and the leader: one line per gate, all passed when the application got to them. */
    public String summaryZh() {
        return summaryZh(checkedOn, failures);
    }

    /**
     * The summary of a check on {@code checkedOn} with these failures; with none, every gate passed (what the reviewer
     * sees after a resubmission the gate guard let through).
     */
    static String summaryZh(LocalDate checkedOn, List<Failure> failures) {
        GateCheckResult result = new GateCheckResult("", checkedOn, null, failures);
        return checkedOn + " 审批条件检查（“四个不批”及终本条件）：" + (result.passed() ? "全部通过" : failures.size() + "项未通过") + "\n"
                + Arrays.stream(TerminationGate.values())
                .map(g -> result.failureOf(g).map(f -> "✗ " + f.reason()).orElse("✓ " + g.passedZh()))
                .collect(Collectors.joining("\n"));
    }
}
