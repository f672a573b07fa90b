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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.factdesk.core.Refusal;
import org.factdesk.core.people.Person;
import org.factdesk.core.people.Role;
import org.factdesk.core.verdict.RatingLabel;
import org.factdesk.workflow.PeopleAdministration;
import org.factdesk.workflow.RatingScaleAdministration;
import org.factdesk.search.IndexFollower;
import org.factdesk.search.RebuildProgress;
import org.jboss.resteasy.reactive.RestForm;

/** Admins manage who signs in and the rating scale reviewers choose from. */
@Path("/admin")
@RolesAllowed(Role.ADMIN_NAME)
public class AdminPage {

    static final String PAGE = "/admin";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance admin(Viewer viewer, List<Person> people, List<RatingLabel> labels, List<Role> roles,
                RebuildProgress searchIndex);

        static native TemplateInstance label(Viewer viewer, RatingLabel label);
    }

    private final PeopleAdministration people;
    private final RatingScaleAdministration scale;
    private final Viewers viewers;
    private final IndexFollower searchIndex;

    AdminPage(PeopleAdministration people, RatingScaleAdministration scale, Viewers viewers, IndexFollower searchIndex) {
        this.people = people;
        this.scale = scale;
        this.viewers = viewers;
        this.searchIndex = searchIndex;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Transactional(Transactional.TxType.SUPPORTS)
    public TemplateInstance admin() {
        return Templates.admin(viewers.current(), Person.everyone(), RatingLabel.withRetired(), List.of(Role.values()),
                searchIndex.progress());
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
