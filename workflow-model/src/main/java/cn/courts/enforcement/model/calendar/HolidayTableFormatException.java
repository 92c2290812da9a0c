package cn.courts.enforcement.model.calendar;

/**
 * A holiday CSV that cannot be trusted. Raised for the first malformed line; the message names the
 * source, the line number and the problem so that an administrator can fix the file. A partly read
 * table is never returned, because a wrong holiday silently moves every deadline near it.
 */
public class HolidayTableFormatException extends RuntimeException {

    private final String sourceName;
    private final int lineNumber;
    private final String problem;

    public HolidayTableFormatException(String sourceName, int lineNumber, String problem) {
        super(sourceName + ", line " + lineNumber + ": " + problem);
        this.sourceName = sourceName;
        this.lineNumber = lineNumber;
        this.problem = problem;
    }

    /** The name the caller gave the CSV (a file name or "admin upload ..."). */
    public String sourceName() {
        return sourceName;
    }

    /** The 1-based line number of the offending line. */
    public int lineNumber() {
        return lineNumber;
    }

    /** The problem without the location prefix. */
    public String problem() {
        return problem;
    }
}
