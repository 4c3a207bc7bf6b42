package org.jixiao.index;

/** What a search hit is: the index holds one document per report and one per thing inside it. */
public enum EntryKind {
    REPORT("report"), EVALUATION("evaluation"), INDICATOR("indicator"), FIGURE("figure"), FINDING("finding");

    private final String label;

    EntryKind(String label) {
        this.label = label;
    }

    /** The name used on the command line, in URLs and in JSON. */
    public String label() {
        return label;
    }

    public static EntryKind of(String label) {
        for (EntryKind k : values()) {
            if (k.label.equalsIgnoreCase(label)) {
                return k;
            }
        }
        throw new IllegalArgumentException("unknown kind: " + label + " (report, evaluation, indicator, figure, finding)");
    }
}
