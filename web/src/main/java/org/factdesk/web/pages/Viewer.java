package org.factdesk.web.pages;

/** Who is looking at a page, for the header; {@code demo} shows the demo-mode notice. */
public record Viewer(String username, String displayName, String role, boolean demo) {

    public boolean signedIn() {
        return username != null;
    }
}
