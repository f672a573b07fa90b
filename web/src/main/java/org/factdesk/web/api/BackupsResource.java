package org.factdesk.web.api;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.core.Refusal;
import org.factdesk.core.people.Role;
import org.factdesk.web.backup.Backup;
import org.factdesk.web.backup.DeskBackups;

/** Admins back up the desk's H2 database into the backup folder and list what is there. */
@Path("/api/v1/backups")
@Tag(name = "Backups", description = "Online backups of the H2 database (admins); on PostgreSQL use pg_dump")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_NAME)
public class BackupsResource {

    private final DeskBackups backups;
    private final SecurityIdentity caller;

    BackupsResource(DeskBackups backups, SecurityIdentity caller) {
        this.backups = backups;
        this.caller = caller;
    }

    @POST
    @Operation(summary = "Back up now", description = "Writes a zip of the H2 database, consistent as of one moment, "
            + "while the desk keeps working. Takes no body.")
    @APIResponse(responseCode = "201", description = "Written: {name, size, takenAt}")
    @APIResponse(responseCode = "403", description = "Not an admin (problem+json)")
    @APIResponse(responseCode = "409", description = "The desk runs on PostgreSQL (use pg_dump), or the backup folder "
            + "cannot be written (problem+json)")
    public Response takeNow(UriInfo uri) {
        Backup taken = backups.takeNow(caller.getPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(taken.name()).build()).entity(taken).build();
    }

    @GET
    @Operation(summary = "List backups", description = "The backups in the backup folder, newest first.")
    @APIResponse(responseCode = "200", description = "[{name, size, takenAt}]")
    public List<Backup> list() {
        return backups.all();
    }

    @GET
    @Path("{name}")
    @Operation(summary = "One backup", description = "Its name, size in bytes and when it was taken.")
    @APIResponse(responseCode = "200", description = "{name, size, takenAt}")
    @APIResponse(responseCode = "404", description = "No backup of that name (problem+json)")
    public Backup one(@PathParam("name") String name) {
        return backups.named(name).orElseThrow(() -> Refusal.notFound("There is no backup called \"" + name + "\"."));
    }
}
