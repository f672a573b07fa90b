package org.factdesk.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.factdesk.core.claim.Claim;
import org.factdesk.core.claim.ReviewState;
import org.factdesk.core.people.Role;

/** The desk at a glance: every claim, grouped by review state, with counts. */
@Path("/")
@RolesAllowed({Role.REVIEWER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
public class HomePage {

    /** One review state's claims. */
    public record StateGroup(ReviewState state, List<Claim> claims) {
        public int count() {
            return claims.size();
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance home(Viewer viewer, List<StateGroup> groups, long total);
    }

    private final Viewers viewers;

    HomePage(Viewers viewers) {
        this.viewers = viewers;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance home() {
        List<StateGroup> groups = Arrays.stream(ReviewState.values())
                .map(state -> new StateGroup(state, Claim.inState(state))).toList();
        long total = groups.stream().mapToLong(StateGroup::count).sum();
        return Templates.home(viewers.current(), groups, total);
    }
}
