package org.factdesk.web.pages;

/**
 * Who is looking at a page and what the previous page left for them: the header shows the
 * person and role, the navigation follows the role, and the flash shows above the content.
 */
public record Viewer(String username, String displayName, String role, boolean demo, Flash flash, boolean forms,
        long unread) {

    /**
     * The same person on a page that carries no forms: an error answered before the request reached
     * the page (and its CSRF token) is shown with the person's navigation but no sign-out form.
     */
    public Viewer withoutForms() {
        return new Viewer(username, displayName, role, demo, flash, false, unread);
    }

    /** The same person with the count of their unread notifications, for the header. */
    public Viewer withUnread(long count) {
        return new Viewer(username, displayName, role, demo, flash, forms, count);
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
