package cn.courts.enforcement.app.listing;

import cn.courts.enforcement.app.enforcement.CaseExitEvent;
import cn.courts.enforcement.app.platform.SystemAccess;
import cn.courts.enforcement.model.listing.ListingExitReason;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The exit contract of the dishonest-debtor list (2016 中办国办意见 四（二）4; 法释〔2017〕7号 第十条): an exit
 * event of a case reaches every DishonestListingProcess instance of the case (business key = case number)
 * as the message {@value DishonestListingProcess.Messages#EXIT_REQUESTED} with {@code exitReason}. Before
 * publication the proposal ends without listing; after it, the listing is removed within LISTING_REMOVAL.
 * Used by the enforcement case (full performance, settlement) and by the 终本 monitoring (two fruitless
 * searches).
 */
@Component
public class ListingExits {

    private static final Logger log = LoggerFactory.getLogger(ListingExits.class);

    private final RuntimeService runtimeService;
    private final SystemAccess systemAccess;

    ListingExits(RuntimeService runtimeService, SystemAccess systemAccess) {
        this.runtimeService = runtimeService;
        this.systemAccess = systemAccess;
    }

    /** An exit event of the enforcement case reaches the case's listings, in the transaction of the case's step. */
    @EventListener
    void onCaseExit(CaseExitEvent event) {
        requestExit(event.caseNumber(), event.reason());
    }

    /** Returns how many listing instances of the case received the exit. */
    public int requestExit(String caseNumber, ListingExitReason reason) {
        int reached = systemAccess.call(() -> runtimeService.createMessageCorrelation(DishonestListingProcess.Messages.EXIT_REQUESTED)
                .processInstanceBusinessKey(caseNumber)
                .setVariable(DishonestListingProcess.Variables.EXIT_REASON, reason.name())
                .correlateAllWithResult().size());
        if (reached > 0) {
            log.info("Exit {} requested for {} listing(s) of case {}", reason, reached, caseNumber);
        }
        return reached;
    }
}
