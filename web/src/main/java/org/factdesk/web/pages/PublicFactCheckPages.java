package org.factdesk.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.factdesk.core.Refusal;
import org.factdesk.core.verdict.PublishedVerdict;
import org.factdesk.web.api.FactChecks;
import org.factdesk.web.api.FactChecks.PublicFactCheck;

/** What readers and search engines see: published fact-checks, no sign-in needed. */
@Path("/fact-checks")
@PermitAll
@Produces(MediaType.TEXT_HTML)
@Transactional(Transactional.TxType.REQUIRED)
public class PublicFactCheckPages {

    static final int INDEX_SIZE = 100;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance index(Viewer viewer, List<PublishedVerdict> factChecks, String organisation);

        static native TemplateInstance searched(Viewer viewer, List<FactChecks.ReaderHit> hits, String organisation, String q);

        static native TemplateInstance factCheck(Viewer viewer, PublicFactCheck page, String organisation, boolean namesPeople);
    }

    private final FactChecks factChecks;
    private final Viewers viewers;

    PublicFactCheckPages(FactChecks factChecks, Viewers viewers) {
        this.factChecks = factChecks;
        this.viewers = viewers;
    }

    @GET
    public String index(@QueryParam("q") String q) {
        if (q != null && !q.isBlank()) {
            return Templates.searched(viewers.current(), factChecks.searchOurs(q, INDEX_SIZE), factChecks.publisher().name(), q).render();
        }
        return Templates.index(viewers.current(), factChecks.latestPublished(INDEX_SIZE), factChecks.publisher().name()).render();
    }

    @GET
    @Path("{id}")
    public String factCheck(@PathParam("id") long id) {
        PublicFactCheck page = factChecks.publicPage(id)
                .orElseThrow(() -> Refusal.notFound("No fact-check by " + factChecks.publisher().name()
                        + " has been published for claim #" + id + "."));
        return Templates.factCheck(viewers.current(), page, factChecks.publisher().name(), factChecks.namesPeople()).render();
    }
}
