package cn.courts.enforcement.app.enforcement;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case numbers the platform assigns itself (执恢, for resumed cases): a counter row per court, year and type in
 * {@code case_number_sequence}, locked while a number is taken, so concurrent resumptions in one court get distinct
 * numbers and the second waits for the first to commit.
 */
@Component
class CaseNumberSequences {

    private final JdbcTemplate jdbc;

    CaseNumberSequences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Creates the counter row if it is missing, in a transaction of its own: when two resumptions create it at once,
     * one insert fails on the key (a DuplicateKeyException to the caller, who ignores it) without spoiling the
     * caller's transaction.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void ensureRow(String courtId, int year, String typeCode) {
        Integer rows = jdbc.queryForObject("select count(*) from case_number_sequence where court_id = ? and sequence_year = ? "
                + "and type_code = ?", Integer.class, courtId, year, typeCode);
        if (rows == null || rows == 0) {
            jdbc.update("insert into case_number_sequence (court_id, sequence_year, type_code, last_sequence) values (?, ?, ?, 0)",
                    courtId, year, typeCode);
        }
    }

    /**
     * Takes the next number, in the caller's transaction (the row stays locked until it commits); never below
     * {@code atLeast}, so numbers given by hand before are skipped.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int next(String courtId, int year, String typeCode, int atLeast) {
        Integer last = jdbc.queryForObject("select last_sequence from case_number_sequence where court_id = ? and sequence_year = ? "
                + "and type_code = ? for update", Integer.class, courtId, year, typeCode);
        int next = Math.max(last == null ? 1 : last + 1, atLeast);
        jdbc.update("update case_number_sequence set last_sequence = ? where court_id = ? and sequence_year = ? and type_code = ?",
                next, courtId, year, typeCode);
        return next;
    }
}
