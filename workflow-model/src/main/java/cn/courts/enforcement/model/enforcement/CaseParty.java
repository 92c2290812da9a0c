package cn.courts.enforcement.model.enforcement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.Objects;

/** A creditor (申请执行人) or debtor (被执行人) of a case, identified by ID number or social credit code. */
@Entity
@Table(name = "case_party")
public class CaseParty {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "case_id", nullable = false)
    private EnforcementCase enforcementCase;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private PartyRole role;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private PartyKind kind;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "identifier", nullable = false, length = 18)
    private String identifier;

    @Column(name = "email", length = 200)
    private String email;

    protected CaseParty() {
        // for JPA
    }

    CaseParty(EnforcementCase enforcementCase, PartyRole role, PartyKind kind, String name, String identifier, String email) {
        this.enforcementCase = Objects.requireNonNull(enforcementCase);
        this.role = Objects.requireNonNull(role);
        this.kind = Objects.requireNonNull(kind);
        this.name = Objects.requireNonNull(name);
        this.identifier = Objects.requireNonNull(identifier);
        this.email = email;
    }

    public Long id() {
        return id;
    }

    public PartyRole role() {
        return role;
    }

    public PartyKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String identifier() {
        return identifier;
    }

    public String email() {
        return email;
    }
}
