package cn.courts.enforcement.app.listing;

import cn.courts.enforcement.app.platform.SystemAccess;
import cn.courts.enforcement.model.listing.DishonestListing;
import cn.courts.enforcement.model.listing.ListingExitReason;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

import static cn.courts.enforcement.app.listing.DishonestListingProcess.Variables;

/**
 * The thin delegates of DishonestListingProcess and ListingReconsiderationProcess, one bean per service
 * task, each reading the contract's variables and calling one step of {@link ListingService}. They live in
 * one file because each is three lines; the bean name is the task's name.
 */
final class ListingDelegates {

    private ListingDelegates() {
    }

    static Long listingId(DelegateExecution execution) {
        return ((Number) execution.getVariable(Variables.LISTING_ID)).longValue();
    }

    /** Backs {@code Task_ServeRiskNotice}. */
    @Component("serveRiskNotice")
    static class ServeRiskNotice implements JavaDelegate {
        private final ListingService listings;

        ServeRiskNotice(ListingService listings) {
            this.listings = listings;
        }

        @Override
        public void execute(DelegateExecution execution) {
            listings.serveRiskNotice(listingId(execution));
        }
    }

    /** Backs {@code Task_RecordRefusal}. */
    @Component("refuseListing")
    static class RefuseListing implements JavaDelegate {
        private final ListingService listings;

        RefuseListing(ListingService listings) {
            this.listings = listings;
        }

        @Override
        public void execute(DelegateExecution execution) {
            listings.refuse(listingId(execution));
        }
    }

    /** Backs {@code Task_PublishListing}: sets {@code published}, {@code fixedPeriod} and {@code listingEndsOn}. */
    @Component("publishListing")
    static class PublishListing implements JavaDelegate {
        private final ListingService listings;

        PublishListing(ListingService listings) {
            this.listings = listings;
        }

        @Override
        public void execute(DelegateExecution execution) {
            LocalDate endsOn = listings.publish(listingId(execution));
            execution.setVariable(Variables.PUBLISHED, true);
            execution.setVariable(Variables.FIXED_PERIOD, endsOn != null);
            execution.setVariable(Variables.LISTING_ENDS_ON, endsOn == null ? null : endsOn.toString());
        }
    }

    /** Backs {@code Task_RecordPushedUnits}: reads {@code pushedUnits}, the answer of the push. */
    @Component("recordPushedUnits")
    static class RecordPushedUnits implements JavaDelegate {
        private final ListingService listings;

        RecordPushedUnits(ListingService listings) {
            this.listings = listings;
        }

        @Override
        public void execute(DelegateExecution execution) {
            listings.recordPush(listingId(execution), (String) execution.getVariable(Variables.PUSHED_UNITS));
        }
    }

    /** Backs {@code Task_EndUnlisted}. */
    @Component("endUnlisted")
    static class EndUnlisted implements JavaDelegate {
        private final ListingService listings;

        EndUnlisted(ListingService listings) {
            this.listings = listings;
        }

        @Override
        public void execute(DelegateExecution execution) {
            listings.endUnlisted(listingId(execution), ListingExitReason.valueOf((String) execution.getVariable(Variables.EXIT_REASON)));
        }
    }

    /**
     * Backs {@code Task_NotifyRemoval}, {@code Task_NotifyRevocation} and {@code Task_DeleteExpiredListing}
     * (the last two set {@code exitReason} as an input parameter).
     */
    @Component("removeListing")
    static class RemoveListing implements JavaDelegate {
        private final ListingService listings;

        RemoveListing(ListingService listings) {
            this.listings = listings;
        }

        @Override
        public void execute(DelegateExecution execution) {
            listings.remove(listingId(execution), ListingExitReason.valueOf((String) execution.getVariable(Variables.EXIT_REASON)));
        }
    }

    /** Backs {@code Task_ServeCorrectionRejection}. */
    @Component("serveCorrectionRejection")
    static class ServeCorrectionRejection implements JavaDelegate {
        private final ListingService listings;

        ServeCorrectionRejection(ListingService listings) {
            this.listings = listings;
        }

        @Override
        public void execute(DelegateExecution execution) {
            listings.serveCorrectionRejection(listingId(execution));
        }
    }

    /**
     * Backs {@code Task_RecordReconsiderationDecision} of ListingReconsiderationProcess: a revocation by the
     * higher court asks the listing court's process to remove the listing (the exit contract, reason
     * REVOKED_ON_RECONSIDERATION). The listing instance is in another court's tenant, so the correlation
     * runs as the platform, not as the higher court's reviewer completing the task.
     */
    @Component("recordReconsiderationDecision")
    static class RecordReconsiderationDecision implements JavaDelegate {
        private static final Logger log = LoggerFactory.getLogger(RecordReconsiderationDecision.class);
        private final ListingService listings;
        private final RuntimeService runtimeService;
        private final SystemAccess systemAccess;

        RecordReconsiderationDecision(ListingService listings, RuntimeService runtimeService, SystemAccess systemAccess) {
            this.listings = listings;
            this.runtimeService = runtimeService;
            this.systemAccess = systemAccess;
        }

        @Override
        public void execute(DelegateExecution execution) {
            DishonestListing listing = listings.listing(listingId(execution));
            boolean upheld = Boolean.TRUE.equals(execution.getVariable(ListingReconsiderationProcess.Variables.LISTING_UPHELD));
            log.info("Reconsideration of listing {} (case {}) decided by {}: {}", listing.id(), listing.caseNumber(),
                    execution.getTenantId(), upheld ? "upheld" : "revoked");
            if (!upheld) {
                systemAccess.run(() -> runtimeService.createMessageCorrelation(DishonestListingProcess.Messages.EXIT_REQUESTED)
                        .processInstanceId(listing.processInstanceId())
                        .setVariable(Variables.EXIT_REASON, ListingExitReason.REVOKED_ON_RECONSIDERATION.name())
                        .correlate());
            }
        }
    }
}
