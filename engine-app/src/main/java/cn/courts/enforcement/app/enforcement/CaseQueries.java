package cn.courts.enforcement.app.enforcement;

import cn.courts.enforcement.app.platform.CourtClock;
import cn.courts.enforcement.app.platform.SystemAccess;
import cn.courts.enforcement.app.web.CurrentUser;
import cn.courts.enforcement.app.web.NotFoundException;
import cn.courts.enforcement.model.enforcement.CaseStatus;
import cn.courts.enforcement.model.enforcement.EnforcementCase;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Reads cases for the court API; another court's case is "not found". */
@Service
public class CaseQueries {

    private final EnforcementCaseRepository cases;
    private final PropertyRecordRepository properties;
    private final TaskService taskService;
    private final HistoryService historyService;
    private final SystemAccess systemAccess;
    private final CourtClock clock;

    CaseQueries(EnforcementCaseRepository cases, PropertyRecordRepository properties, TaskService taskService,
                HistoryService historyService, SystemAccess systemAccess, CourtClock clock) {
        this.cases = cases;
        this.properties = properties;
        this.taskService = taskService;
        this.historyService = historyService;
        this.systemAccess = systemAccess;
        this.clock = clock;
    }

    /** The case if the user may see it (own court, or admin). */
    @Transactional(readOnly = true)
    public EnforcementCase visibleCase(Long id, CurrentUser user) {
        return cases.findById(id).filter(c -> user.mayAccessCourt(c.courtId()))
                .orElseThrow(() -> new NotFoundException("案件不存在或不属于本院：" + id));
    }

    @Transactional(readOnly = true)
    public CaseView view(Long id, CurrentUser user) {
        EnforcementCase c = visibleCase(id, user);
        Instant now = clock.now();
        List<CaseView.NodeView> nodes = systemAccess.call(() -> c.processInstanceId() == null ? List.<Task>of()
                        : taskService.createTaskQuery().processInstanceId(c.processInstanceId()).orderByTaskCreateTime().asc().list())
                .stream()
                .map(t -> new CaseView.NodeView(t.getTaskDefinitionKey(), t.getName(), t.getId(), t.getAssignee(),
                        instant(t.getCreateTime()), instant(t.getDueDate()),
                        t.getDueDate() != null && t.getDueDate().toInstant().isBefore(now)))
                .toList();
        List<CaseView.TimelineEntry> timeline = systemAccess.call(() -> timelineOf(c.processInstanceId()));
        List<CaseView.PropertyView> property = properties.findByCaseIdOrderById(c.id()).stream()
                .map(p -> new CaseView.PropertyView(p.id(), p.kind().name(), p.kind().nameZh(), p.description(), p.holder(),
                        p.estimatedValue(), p.source().name(), p.foundOn(), p.controlExpiresOn(), p.disposed()))
                .toList();
        return new CaseView(c.id(), c.caseNumber(), c.courtId(), c.filingDate(), c.amount(), c.basisDocument(),
                c.nonLitigation(), c.status().name(), c.status().nameZh(),
                c.closingMode() == null ? null : c.closingMode().name(),
                c.closingMode() == null ? null : c.closingMode().nameZh(), c.closedOn(), c.judgeId(),
                c.caseLimitDate(), c.status() == CaseStatus.IN_PROGRESS && c.caseLimitDate().isBefore(clock.today()),
                c.extensionCount(), c.processInstanceId(),
                c.parties().stream().map(p -> new CaseView.PartyView(p.role().name(), p.role().nameZh(), p.kind().name(),
                        p.name(), p.identifier())).toList(),
                nodes, timeline, property);
    }

    private List<CaseView.TimelineEntry> timelineOf(String processInstanceId) {
        if (processInstanceId == null) {
            return List.of();
        }
        Map<String, HistoricTaskInstance> tasks = historyService.createHistoricTaskInstanceQuery()
                .processInstanceId(processInstanceId).finished().list().stream()
                .collect(Collectors.toMap(HistoricTaskInstance::getId, Function.identity()));
        return historyService.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).finished()
                .orderByHistoricActivityInstanceEndTime().asc().orderPartiallyByOccurrence().asc().list().stream()
                .filter(a -> a.getActivityName() != null && isNode(a))
                .map(a -> {
                    HistoricTaskInstance task = a.getTaskId() == null ? null : tasks.get(a.getTaskId());
                    String by = task != null ? task.getAssignee() : "系统";
                    return new CaseView.TimelineEntry(a.getActivityId(), a.getActivityName(), by,
                            instant(a.getStartTime()), instant(a.getEndTime()));
                })
                .toList();
    }

    private static boolean isNode(HistoricActivityInstance a) {
        String type = a.getActivityType();
        return type.equals("userTask") || type.equals("serviceTask") || type.equals("externalTask")
                || type.equals("noneEndEvent") || type.equals("callActivity");
    }

    @Transactional(readOnly = true)
    public List<EnforcementCase> listOfCourt(String courtId, int page, int size) {
        return cases.findByCourtIdOrderByFilingDateDescIdDesc(courtId, PageRequest.of(page, size)).getContent();
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
