package org.factdesk.workflow.intake;

import java.util.List;

/** What became of each record of an import: kept, already kept before, or not kept and why. */
public record ImportReport(int imported, int skipped, int failed, List<Line> records) {

    public enum Status {
        IMPORTED,
        DUPLICATE,
        FAILED
    }

    /**
     * One record, by its place in the document (from 0); the claim it was kept as, or the reason it was
     * not; and what was changed in a record that was kept (an address resolved, a scale left out), so
     * nothing is normalised unsaid.
     */
    public record Line(int index, Status status, Long claimId, String reason, List<String> warnings) {

        public Line {
            warnings = List.copyOf(warnings);
        }

        static Line imported(int index, long claimId, List<String> warnings) {
            return new Line(index, Status.IMPORTED, claimId, null, warnings);
        }

        static Line duplicate(int index, long claimId) {
            return new Line(index, Status.DUPLICATE, claimId,
                    "Already imported as claim #" + claimId + "; nothing was kept twice.", List.of());
        }

        static Line failed(int index, String reason) {
            return new Line(index, Status.FAILED, null, reason, List.of());
        }
    }

    static ImportReport of(List<Line> lines) {
        return new ImportReport(count(lines, Status.IMPORTED), count(lines, Status.DUPLICATE),
                count(lines, Status.FAILED), List.copyOf(lines));
    }

    private static int count(List<Line> lines, Status status) {
        return (int) lines.stream().filter(l -> l.status() == status).count();
    }
}
