package cn.courts.enforcement.model.court;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A people's court using the platform. Its {@link #id()} is also its engine tenant id, so that every
 * process instance, task and history row of the court is isolated from the other courts.
 *
 * <p>The {@link #caseCode()} is the court's code in case numbers (e.g. 粤0304 in （2026）粤0304执1234号),
 * per the SPC rules on case numbering (法〔2015〕137号).
 */
@Entity
@Table(name = "court")
public class Court {

    /** Engine tenant ids allow letters and digits only (the engine's default resource whitelist). */
    public static final Pattern ID_PATTERN = Pattern.compile("[a-z][a-z0-9]{1,31}");

    @Id
    @Column(name = "id", length = 32)
    private String id;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "short_name", nullable = false, length = 30)
    private String shortName;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false, length = 20)
    private CourtLevel level;

    @Column(name = "parent_id", length = 32)
    private String parentId;

    @Column(name = "case_code", nullable = false, length = 20)
    private String caseCode;

    protected Court() {
        // for JPA
    }

    public Court(String id, String name, String shortName, CourtLevel level, String parentId, String caseCode) {
        if (id == null || !ID_PATTERN.matcher(id).matches()) {
            throw new IllegalArgumentException("court id must be 2-32 lower-case letters or digits, starting with a letter: " + id);
        }
        if (level != CourtLevel.HIGH && parentId == null) {
            throw new IllegalArgumentException("a " + level + " court needs its higher court: " + id);
        }
        this.id = id;
        this.name = Objects.requireNonNull(name, "name");
        this.shortName = Objects.requireNonNull(shortName, "shortName");
        this.level = Objects.requireNonNull(level, "level");
        this.parentId = parentId;
        this.caseCode = Objects.requireNonNull(caseCode, "caseCode");
    }

    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String shortName() {
        return shortName;
    }

    public CourtLevel level() {
        return level;
    }

    /** The next higher court (where 复议 goes), or {@code null} for a high court. */
    public String parentId() {
        return parentId;
    }

    public String caseCode() {
        return caseCode;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Court other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Court[" + id + " " + name + "]";
    }
}
