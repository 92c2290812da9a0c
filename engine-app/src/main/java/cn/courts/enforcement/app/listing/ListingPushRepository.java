package cn.courts.enforcement.app.listing;

import cn.courts.enforcement.model.listing.ListingPush;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ListingPushRepository extends JpaRepository<ListingPush, Long> {

    List<ListingPush> findByListingIdOrderById(Long listingId);
}
