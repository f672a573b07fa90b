package org.factdesk.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;
import org.factdesk.workflow.intake.ImportReport;

/** The answer to an import: counts, then each record by its place in the document with what became of it. */
public record ImportReportJson(int imported, int skipped, int failed, List<RecordJson> records) {

    /**
     * status is "imported", "duplicate" or "failed"; claimId names the claim it was (or had been) kept
     * as; warnings say what was changed in a kept record (an address resolved, a rating scale left out).
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record RecordJson(int index, String status, Long claimId, String reason, List<String> warnings) {
    }

    static ImportReportJson of(ImportReport report) {
        return new ImportReportJson(report.imported(), report.skipped(), report.failed(), report.records().stream()
                .map(line -> new RecordJson(line.index(), line.status().name().toLowerCase(Locale.ROOT), line.claimId(),
                        line.reason(), line.warnings()))
                .toList());
    }
}
