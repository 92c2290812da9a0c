package cn.courts.enforcement.app.listing;

import cn.courts.enforcement.model.listing.ListingApplication;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ListingApplicationRepository extends JpaRepository<ListingApplication, Long> {

    List<ListingApplication> findByListingIdOrderById(Long listingId);
}
