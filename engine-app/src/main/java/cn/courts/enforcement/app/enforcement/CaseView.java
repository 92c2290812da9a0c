package cn.courts.enforcement.app.enforcement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A case as the court API shows it (GET /api/cases/{id}). */
public record CaseView(Long id, String caseNumber, String courtId, LocalDate filingDate, BigDecimal amount,
                       String basisDocument, boolean nonLitigation, String status, String statusZh,
                       String closingMode, String closingModeZh, LocalDate closedOn, String judgeId,
                       LocalDate caseLimitDate, boolean caseLimitPassed, int extensions, String processInstanceId,
                       List<PartyView> parties, List<NodeView> currentNodes, List<TimelineEntry> timeline,
                       List<PropertyView> property) {

    public record PartyView(String role, String roleZh, String kind, String name, String identifier) {
    }

    /** An open node: the task, who has it, its legal due date and whether it is overdue. */
    public record NodeView(String activityId, String name, String taskId, String assignee, Instant created,
                           Instant due, boolean overdue) {
    }

    /** A completed node, from the engine's history. */
    public record TimelineEntry(String activityId, String name, String completedBy, Instant started, Instant ended) {
    }

    public record PropertyView(Long id, String kind, String kindZh, String description, String holder,
                               BigDecimal estimatedValue, String source, LocalDate foundOn,
                               LocalDate controlExpiresOn, boolean disposed) {
    }
}
