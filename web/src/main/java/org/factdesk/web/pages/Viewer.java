package org.factdesk.web.pages;

/**
 * Who is looking at a page and what the previous page left for them: the header shows the
 * person and role, the navigation follows the role, and the flash shows above the content.
 */
public record Viewer(String username, String displayName, String role, boolean demo, Flash flash) {

    public static Viewer anonymous(boolean demo) {
        return new Viewer(null, null, null, demo, Flash.NONE);
    }

    public boolean signedIn() {
        return username != null;
    }

    public boolean isEditor() {
        return "editor".equals(role);
    }

    public boolean isAdmin() {
        return "admin".equals(role);
    }

    public boolean reviews() {
        return "reviewer".equals(role) || "editor".equals(role);
    }
}
