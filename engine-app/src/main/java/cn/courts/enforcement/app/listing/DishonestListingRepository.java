package cn.courts.enforcement.app.listing;

import cn.courts.enforcement.model.listing.DishonestListing;
import cn.courts.enforcement.model.listing.ListingExitReason;
import cn.courts.enforcement.model.listing.ListingStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.List;

interface DishonestListingRepository extends JpaRepository<DishonestListing, Long> {

    List<DishonestListing> findByCaseIdOrderById(Long caseId);

    List<DishonestListing> findByStatusAndDebtorIdentifierOrderById(ListingStatus status, String identifier);

    List<DishonestListing> findByStatusAndDebtorNameOrderById(ListingStatus status, String name, Pageable page);

    @Query("select count(distinct l.debtorIdentifier) from DishonestListing l where l.status = ?1 and l.debtorName = ?2")
    long countPeopleByStatusAndName(ListingStatus status, String name);

    @Query("select count(l) > 0 from DishonestListing l where l.debtorIdentifier = ?1 and l.exitReason = ?2 and l.removedOn >= ?3")
    boolean removedSince(String identifier, ListingExitReason reason, LocalDate since);

    @Query("select count(l) > 0 from DishonestListing l where l.debtorPartyId = ?1 and l.status in ?2")
    boolean existsForPartyIn(Long partyId, List<ListingStatus> statuses);
}
