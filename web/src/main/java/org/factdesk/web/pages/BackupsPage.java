package org.factdesk.web.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.factdesk.core.people.Role;
import org.factdesk.web.backup.Backup;
import org.factdesk.web.backup.DeskBackups;

/** Admins back up the H2 database with one button and see the backups taken; on PostgreSQL the page says to use pg_dump. */
@jakarta.ws.rs.Path(BackupsPage.PAGE)
@RolesAllowed(Role.ADMIN_NAME)
public class BackupsPage {

    static final String PAGE = "/admin/backups";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance backups(Viewer viewer, List<Backup> backups, String whyNot, String folder);
    }

    private final DeskBackups backups;
    private final Viewers viewers;

    BackupsPage(DeskBackups backups, Viewers viewers) {
        this.backups = backups;
        this.viewers = viewers;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance backups() {
        return Templates.backups(viewers.current(), backups.all(), backups.whyNotHere().orElse(null),
                backups.folder().toString());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response backUpNow() {
        Backup taken = backups.takeNow(viewers.username());
        return Response.seeOther(URI.create(PAGE))
                .cookie(Flash.notice("The desk is backed up to " + taken.name() + " (" + readableSize(taken) + ")."))
                .build();
    }

    /** 2.4 MB rather than 2516582 bytes. */
    @TemplateExtension
    static String readableSize(Backup backup) {
        double size = backup.size();
        String[] units = {"bytes", "KB", "MB", "GB", "TB"};
        int unit = 0;
        while (size >= 1024 && unit < units.length - 1) {
            size /= 1024;
            unit++;
        }
        return unit == 0 ? backup.size() + " bytes" : String.format(Locale.ROOT, "%.1f %s", size, units[unit]);
    }
}
