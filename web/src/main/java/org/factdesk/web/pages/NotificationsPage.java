package org.factdesk.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.factdesk.core.people.Role;
import org.factdesk.workflow.conversation.NotificationLine;
import org.factdesk.workflow.conversation.Notifications;

/** What concerns the signed-in person: assignments, requested changes, mentions, approvals. Opening a claim reads its lines. */
@Path("/notifications")
@RolesAllowed({Role.REVIEWER_NAME, Role.EDITOR_NAME, Role.ADMIN_NAME})
public class NotificationsPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance notifications(Viewer viewer, List<NotificationLine> lines, int listLength);
    }

    private final Viewers viewers;
    private final Notifications notifications;

    NotificationsPage(Viewers viewers, Notifications notifications) {
        this.viewers = viewers;
        this.notifications = notifications;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance list() {
        return Templates.notifications(viewers.current(), notifications.latest(viewers.username()), Notifications.LIST_LENGTH);
    }

    @POST
    @Path("read")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response markAllRead() {
        int marked = notifications.markAllRead(viewers.username());
        String notice = marked == 0 ? "Nothing was unread." : marked == 1 ? "1 notification marked as read." : marked + " notifications marked as read.";
        return Response.seeOther(URI.create("/notifications")).cookie(Flash.notice(notice)).build();
    }
}
