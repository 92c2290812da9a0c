package cn.courts.enforcement.app.termination;

import cn.courts.enforcement.app.platform.CourtClock;
import cn.courts.enforcement.model.enforcement.EnforcementCase;
import cn.courts.enforcement.model.termination.TerminationApplication;
import cn.courts.enforcement.model.termination.TerminationGate;
import cn.courts.enforcement.model.termination.TerminationGateRefusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of 终本 applications behind the leaders' figures: every application, how it ended, how often it was
 * returned, and which gates refused it.
 */
@Service
public class TerminationApplications {

    private static final Logger log = LoggerFactory.getLogger(TerminationApplications.class);

    private final TerminationApplicationRepository applications;
    private final TerminationGateRefusalRepository refusals;
    private final CourtClock clock;

    TerminationApplications(TerminationApplicationRepository applications, TerminationGateRefusalRepository refusals,
                            CourtClock clock) {
        this.applications = applications;
        this.refusals = refusals;
        this.clock = clock;
    }

    /** An application that passed the gates; in the transaction of the judge's completion. */
    @Transactional
    public TerminationApplication open(EnforcementCase c, String applicantId) {
        TerminationApplication application = applications.saveAndFlush(TerminationApplication.pending(c.id(), c.caseNumber(),
                c.courtId(), applicantId, clock.today(), clock.now()));
        log.info("Termination application {} for case {} by {} passed the gates", application.id(), c.caseNumber(), applicantId);
        return application;
    }

    /**
     * An application the gates refused. In a transaction of its own: the judge's completion rolls back (nothing in the
     * case changes), but the figures must still count the refusal and its gates.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefusal(EnforcementCase c, String applicantId, GateCheckResult result) {
        TerminationApplication application = applications.saveAndFlush(TerminationApplication.refusedByGates(c.id(),
                c.caseNumber(), c.courtId(), applicantId, clock.today(), clock.now()));
        recordGates(application.id(), c, result);
        log.info("Termination application {} for case {} by {} refused by the gates {}", application.id(), c.caseNumber(),
                applicantId, result.failures().stream().map(GateCheckResult.Failure::code).toList());
    }

    /** A resubmission after a return that the gates refused: the application stays returned; the gates count. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefusedResubmission(Long applicationId, EnforcementCase c, GateCheckResult result) {
        recordGates(applicationId, c, result);
        log.info("Resubmission of termination application {} for case {} refused by the gates", applicationId, c.caseNumber());
    }

    private void recordGates(Long applicationId, EnforcementCase c, GateCheckResult result) {
        result.failures().stream().map(GateCheckResult.Failure::gate).filter(g -> g != null).distinct()
                .forEach((TerminationGate gate) -> refusals.save(new TerminationGateRefusal(applicationId, c.id(), c.courtId(),
                        gate, clock.today())));
    }

    @Transactional
    public void linkApproval(Long applicationId, String approvalInstanceId) {
        find(applicationId).linkApprovalInstance(approvalInstanceId);
    }

    @Transactional
    public void returned(Long applicationId) {
        find(applicationId).returned();
    }

    @Transactional
    public void resubmitted(Long applicationId) {
        find(applicationId).resubmitted();
    }

    @Transactional
    public void decide(Long applicationId, TerminationApplication.Status outcome) {
        TerminationApplication application = find(applicationId);
        application.decide(outcome, clock.today());
        log.info("Termination application {} for case {}: {}", applicationId, application.caseNumber(), outcome);
    }

    /** The approval ended without a decision (the case ended otherwise, e.g. the debtor paid in full). */
    @Transactional
    public void cancelIfOpen(Long applicationId) {
        applications.findById(applicationId).filter(TerminationApplication::isOpen)
                .ifPresent(a -> a.decide(TerminationApplication.Status.CANCELLED, clock.today()));
    }

    private TerminationApplication find(Long applicationId) {
        return applications.findById(applicationId)
                .orElseThrow(() -> new IllegalStateException("termination application " + applicationId + " not found"));
    }
}
