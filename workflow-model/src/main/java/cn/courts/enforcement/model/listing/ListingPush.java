package cn.courts.enforcement.model.listing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Objects;

/**
 * A joint-punishment unit (联合惩戒单位) a listing was pushed to (法释〔2017〕7号 第八条). Kept so that the
 * removal is notified to every unit the listing reached (2016 中办国办意见 四（二）4, seed 001).
 */
@Entity
@Table(name = "listing_push")
public class ListingPush {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "listing_id", nullable = false)
    private Long listingId;

    @Column(name = "unit_code", nullable = false, length = 64)
    private String unitCode;

    @Column(name = "pushed_at", nullable = false)
    private Instant pushedAt;

    protected ListingPush() {
        // for JPA
    }

    public ListingPush(Long listingId, String unitCode, Instant pushedAt) {
        this.listingId = Objects.requireNonNull(listingId);
        this.unitCode = Objects.requireNonNull(unitCode);
        this.pushedAt = Objects.requireNonNull(pushedAt);
    }

    public Long id() {
        return id;
    }

    public Long listingId() {
        return listingId;
    }

    public String unitCode() {
        return unitCode;
    }

    public Instant pushedAt() {
        return pushedAt;
    }
}
