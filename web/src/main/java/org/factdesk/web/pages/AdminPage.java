package org.factdesk.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.factdesk.core.Refusal;
import org.factdesk.core.people.Person;
import org.factdesk.core.people.Role;
import org.factdesk.core.security.SecurityEvent.Kind;
import org.factdesk.core.security.SecurityEvent;
import org.factdesk.core.security.SecurityLog;
import org.factdesk.core.verdict.RatingLabel;
import org.factdesk.search.IndexFollower;
import org.factdesk.search.RebuildProgress;
import org.factdesk.web.api.QueryParameters;
import org.factdesk.web.api.SecurityLogResource;
import org.factdesk.workflow.administration.PeopleAdministration;
import org.factdesk.workflow.administration.RatingScaleAdministration;
import org.jboss.resteasy.reactive.RestForm;

/** Admins manage who signs in and the rating scale reviewers choose from. */
@Path("/admin")
@RolesAllowed(Role.ADMIN_NAME)
public class AdminPage {

    static final String PAGE = "/admin";
    static final int LOG_PAGE = 100;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance admin(Viewer viewer, List<Person> people, List<RatingLabel> labels, List<Role> roles,
                RebuildProgress searchIndex, List<SecurityEvent> underAttack);

        static native TemplateInstance label(Viewer viewer, RatingLabel label);

        static native TemplateInstance security(Viewer viewer, List<SecurityEvent> lines, List<Kind> kinds, Kind kind,
                Long olderPage);
    }

    private final PeopleAdministration people;
    private final RatingScaleAdministration scale;
    private final Viewers viewers;
    private final IndexFollower searchIndex;
    private final SecurityLog securityLog;

    AdminPage(PeopleAdministration people, RatingScaleAdministration scale, Viewers viewers, IndexFollower searchIndex,
            SecurityLog securityLog) {
        this.people = people;
        this.scale = scale;
        this.viewers = viewers;
        this.searchIndex = searchIndex;
        this.securityLog = securityLog;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance admin() {
        return Templates.admin(viewers.current(), Person.everyone(), RatingLabel.withRetired(), List.of(Role.values()),
                searchIndex.progress(), securityLog.recentAlerts());
    }

    @POST
    @Path("people")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addPerson(@RestForm String username, @RestForm String displayName, @RestForm String role,
            @RestForm String password) {
        Person added = people.add(FormInputs.person(username, displayName, role, password), viewers.username());
        return backToAdmin(added.displayName + " can now sign in as " + added.username + " (" + added.role.roleName() + ").");
    }

    @POST
    @Path("people/{id}/role")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeRole(@PathParam("id") long id, @RestForm String role) {
        Person changed = people.changeRole(id, role, viewers.username());
        return backToAdmin(changed.username + " is now " + changed.role.roleName() + ".");
    }

    @POST
    @Path("people/{id}/deactivate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deactivate(@PathParam("id") long id) {
        Person changed = people.deactivate(id, viewers.username());
        return backToAdmin(changed.username + " is deactivated and can no longer sign in.");
    }

    @POST
    @Path("people/{id}/reactivate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reactivate(@PathParam("id") long id) {
        Person changed = people.reactivate(id, viewers.username());
        return backToAdmin(changed.username + " is active again.");
    }

    @POST
    @Path("people/{id}/sign-out-everywhere")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signOutEverywhere(@PathParam("id") long id) {
        int ended = people.signOutEverywhere(id, viewers.username());
        return backToAdmin("Signed out everywhere: " + ended + " session" + (ended == 1 ? "" : "s") + " ended.");
    }

    /** The security log, newest first, a page of {@link #LOG_PAGE} lines; {@code before} pages back. */
    @GET
    @Path("security")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance security(@QueryParam("kind") String kind, @QueryParam("before") String before) {
        Kind wanted = SecurityLogResource.kindOf(kind);
        List<SecurityEvent> lines = securityLog.newestFirst(QueryParameters.longNumber(before, "before"), wanted, LOG_PAGE + 1);
        Long olderPage = lines.size() > LOG_PAGE ? lines.get(LOG_PAGE - 1).id : null;
        return Templates.security(viewers.current(), lines.stream().limit(LOG_PAGE).toList(), List.of(Kind.values()), wanted,
                olderPage);
    }

    @POST
    @Path("labels")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addLabel(@RestForm String name, @RestForm String ratingValue, @RestForm String definition) {
        RatingLabel added = scale.add(FormInputs.ratingLabel(name, ratingValue, definition), viewers.username());
        return backToAdmin("\"" + added.name + "\" is on the rating scale.");
    }

    @GET
    @Path("labels/{id}")
    @Produces(MediaType.TEXT_HTML)
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance label(@PathParam("id") long id) {
        RatingLabel label = RatingLabel.findById(id);
        if (label == null) {
            throw Refusal.notFound("There is no rating label #" + id + ".");
        }
        return Templates.label(viewers.current(), label);
    }

    @POST
    @Path("labels/{id}/definition")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response redefine(@PathParam("id") long id, @RestForm String definition) {
        RatingLabel changed = scale.redefine(id, definition, viewers.username());
        return backToAdmin("The definition of \"" + changed.name + "\" is saved.");
    }

    @POST
    @Path("labels/{id}/retire")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retire(@PathParam("id") long id) {
        RatingLabel changed = scale.retire(id, viewers.username());
        return backToAdmin("\"" + changed.name + "\" is retired: reviewers can no longer choose it; verdicts that carry it keep it.");
    }

    @POST
    @Path("labels/{id}/restore")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response restore(@PathParam("id") long id) {
        RatingLabel changed = scale.restore(id, viewers.username());
        return backToAdmin("\"" + changed.name + "\" is back on the rating scale.");
    }

    private static Response backToAdmin(String notice) {
        return Response.seeOther(URI.create(PAGE)).cookie(Flash.notice(notice)).build();
    }
}
