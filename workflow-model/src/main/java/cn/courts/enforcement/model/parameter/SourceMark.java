package cn.courts.enforcement.model.parameter;

/**
 * How reliably a figure and its citation were read, as marked in domain-rules.md. The docs show the
 * mark next to every parameter so that a reviewer knows which ones to check against the official text.
 */
public enum SourceMark {
    /** Read in the rule's own text. */
    V("read in the rule's text"),
    /** Read in a faithful copy only (a reprint, a court's summary quoting the text). */
    S("read in a faithful copy only"),
    /** Recalled; the article is unconfirmed. */
    R("recalled, article unconfirmed"),
    /**
     * A platform setting with no statutory figure behind it (e.g. how early the command centre warns);
     * not a legal period, so no court is bound by it.
     */
    P("platform setting, no statutory figure");

    private final String description;

    SourceMark(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }
}
