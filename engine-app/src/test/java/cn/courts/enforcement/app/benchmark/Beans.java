package cn.courts.enforcement.app.benchmark;

import cn.courts.enforcement.app.enforcement.CaseFilingRequest;
import cn.courts.enforcement.app.enforcement.CaseFilingService;
import cn.courts.enforcement.app.enforcement.CaseLimits;
import cn.courts.enforcement.app.platform.CourtClock;
import cn.courts.enforcement.model.enforcement.PartyKind;
import cn.courts.enforcement.model.enforcement.PartyRole;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** The application's beans the benchmark drives, and the courts, judges and case numbers it uses. */
final class Beans {

    /** A court of the benchmark: the engine tenant, the code in its case numbers, its two judges. */
    record CourtSpec(String id, String name, String shortName, String caseCode, String judge1, String judge2) {
        String judge(long seq) {
            return (seq / 2) % 2 == 0 ? judge1 : judge2;
        }
    }

    /** Two basic courts, so that the tenant check has the other court's half of the work to leave out. */
    static final CourtSpec FUTIAN = new CourtSpec("szft", "广东省深圳市福田区人民法院", "福田法院", "粤0304", "ftjudge1", "ftjudge2");
    static final CourtSpec LUOHU = new CourtSpec("szlh", "广东省深圳市罗湖区人民法院", "罗湖法院", "粤0303", "lhjudge1", "lhjudge2");

    static CourtSpec court(long seq) {
        return seq % 2 == 0 ? FUTIAN : LUOHU;
    }

    final ConfigurableApplicationContext context;
    final ProcessEngine engine;
    final ProcessEngineConfigurationImpl engineConfiguration;
    final RuntimeService runtimeService;
    final TaskService taskService;
    final ExternalTaskService externalTaskService;
    final ManagementService managementService;
    final IdentityService identityService;
    final CaseFilingService filing;
    final CaseLimits caseLimits;
    final CourtClock clock;
    final JdbcTemplate jdbc;
    final TransactionTemplate transactions;

    /** Case sequence numbers, one counter per court (unique within a court and year is what the rules need). */
    private final AtomicInteger futianSequence = new AtomicInteger();
    private final AtomicInteger luohuSequence = new AtomicInteger();

    Beans(ConfigurableApplicationContext context) {
        this.context = context;
        this.engine = context.getBean(ProcessEngine.class);
        this.engineConfiguration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        this.runtimeService = engine.getRuntimeService();
        this.taskService = engine.getTaskService();
        this.externalTaskService = engine.getExternalTaskService();
        this.managementService = engine.getManagementService();
        this.identityService = engine.getIdentityService();
        this.filing = context.getBean(CaseFilingService.class);
        this.caseLimits = context.getBean(CaseLimits.class);
        this.clock = context.getBean(CourtClock.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
        this.transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    }

    /** The next case number of the court in the year of {@code filingDate}, e.g. （2026）粤0304执17号. */
    String nextCaseNumber(CourtSpec court, LocalDate filingDate) {
        int sequence = (court == FUTIAN ? futianSequence : luohuSequence).incrementAndGet();
        return "（" + filingDate.getYear() + "）" + court.caseCode() + "执" + sequence + "号";
    }

    /** A filing as a judge makes it in the court API (the parties of EnforcementCaseProcessTests). */
    static CaseFilingRequest filingRequest(String caseNumber, CourtSpec court, String judgeId, LocalDate filingDate) {
        return new CaseFilingRequest(caseNumber, court.id(), new BigDecimal("125000.50"),
                "（2025）" + court.caseCode() + "民初5678号民事判决书", false, filingDate, judgeId,
                List.of(new CaseFilingRequest.Party(PartyRole.CREDITOR, PartyKind.ORGANISATION, "深圳市甲科技有限公司",
                                "91350100M000100Y43", "creditor@example.com"),
                        new CaseFilingRequest.Party(PartyRole.DEBTOR, PartyKind.PERSON, "王某", "11010519491231002X", null)));
    }

    void authenticateAsJudge(String judgeId, CourtSpec court) {
        identityService.setAuthentication(judgeId, List.of("judge"), List.of(court.id()));
    }
}
