package cn.courts.enforcement.model.parameter;

/**
 * A legal parameter or ratio table that cannot be loaded: a malformed line, an unknown or duplicated
 * code, or a code of the enum missing from the file. Loading fails as a whole; a half-loaded table
 * would leave some deadline without its legal basis.
 */
public class LegalParameterTableException extends RuntimeException {

    private final String sourceName;
    private final int lineNumber;

    /** A problem on one line (1-based). */
    public LegalParameterTableException(String sourceName, int lineNumber, String problem) {
        super(sourceName + ", line " + lineNumber + ": " + problem);
        this.sourceName = sourceName;
        this.lineNumber = lineNumber;
    }

    /** A problem of the whole file (e.g. codes missing). */
    public LegalParameterTableException(String sourceName, String problem) {
        super(sourceName + ": " + problem);
        this.sourceName = sourceName;
        this.lineNumber = 0;
    }

    public String sourceName() {
        return sourceName;
    }

    /** The 1-based line number, or 0 when the problem concerns the whole file. */
    public int lineNumber() {
        return lineNumber;
    }
}
