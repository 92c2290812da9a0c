package cn.courts.enforcement.app.enforcement;

import cn.courts.enforcement.model.listing.ListingExitReason;

import java.util.Objects;

/**
 * An exit event of a case (2016 中办国办意见 四（二）4; 法释〔2017〕7号 第十条): the debtor performed in full, a
 * settlement was performed, or the case closed in a way that ends the debtor's listing. Published by the enforcement
 * case in the transaction of the step (a Spring application event, delivered synchronously); the dishonest-debtor list
 * reacts to it ({@code listing.ListingExits}). The enforcement case does not know the listing: it only says what
 * happened to the case.
 *
 * @param caseNumber the case's number (the business key of its listing instances)
 * @param reason     why the debtor's listing, if any, must end
 */
public record CaseExitEvent(String caseNumber, ListingExitReason reason) {

    public CaseExitEvent {
        Objects.requireNonNull(caseNumber, "caseNumber");
        Objects.requireNonNull(reason, "reason");
    }
}
