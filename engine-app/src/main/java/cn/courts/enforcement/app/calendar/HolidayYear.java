package cn.courts.enforcement.app.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A year of the holiday table added by an administrator after the State Council announced it (usually in
 * November for the next year), so that no release is needed. Stored as the same CSV the release ships.
 */
@Entity
@Table(name = "holiday_year")
class HolidayYear {

    @Id
    @Column(name = "calendar_year")
    private Integer year;

    @Column(name = "csv", nullable = false, length = 20000)
    private String csv;

    @Column(name = "source", nullable = false, length = 300)
    private String source;

    @Column(name = "added_by", nullable = false, length = 64)
    private String addedBy;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected HolidayYear() {
    }

    HolidayYear(int year, String csv, String source, String addedBy, Instant addedAt) {
        this.year = year;
        this.csv = csv;
        this.source = source;
        this.addedBy = addedBy;
        this.addedAt = addedAt;
    }

    int year() {
        return year;
    }

    String csv() {
        return csv;
    }

    String source() {
        return source;
    }

    String addedBy() {
        return addedBy;
    }

    Instant addedAt() {
        return addedAt;
    }
}
