package org.factdesk.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.factdesk.core.people.Role;
import org.factdesk.workflow.figures.DeskStatistics;

/** How the desk is doing: where claims stand, what is late, who carries what, and how the verdicts come out. */
@Path("/dashboard")
@RolesAllowed({Role.REVIEWER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
public class DashboardPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(Viewer viewer, DashboardView view);
    }

    private final DeskStatistics statistics;
    private final Viewers viewers;

    DashboardPage(DeskStatistics statistics, Viewers viewers) {
        this.statistics = statistics;
        this.viewers = viewers;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance dashboard() {
        return Templates.dashboard(viewers.current(), new DashboardView(statistics.figures()));
    }
}
