package org.factdesk.core.settings;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Factdesk's own settings, under the prefix {@code factdesk}. */
@ConfigMapping(prefix = "factdesk")
public interface DeskSettings {

    /** Demo mode: demo people and the seed article's claims are loaded, and pages say so. */
    @WithDefault("false")
    boolean demo();

    /** The first admin, created when demo mode is off and no active admin exists. */
    FirstAdmin admin();

    /** Who publishes the fact-checks: the ClaimReview author and the public pages' footer. */
    Organisation organisation();

    /** The search index: a replica of the desk that each instance keeps and rebuilds from the database. */
    Search search();

    /** How long a signed-in browser stays signed in. */
    SessionLifetimes sessions();

    interface SessionLifetimes {
        /** FACTDESK_SESSION_IDLE: a session not used for this long ends (kept in the encrypted session cookie). */
        @WithDefault("PT30M")
        java.time.Duration idle();

        /** FACTDESK_SESSION_ABSOLUTE: a session ends this long after sign-in, however busy. */
        @WithDefault("PT12H")
        java.time.Duration absolute();
    }

    interface Search {
        /** FACTDESK_SEARCH_INDEX_DIR: the folder of this instance's index, next to the database. */
        @WithDefault("data/search-index")
        java.nio.file.Path indexDir();
    }

    interface FirstAdmin {
        @WithDefault("admin")
        String username();

        /** FACTDESK_ADMIN_PASSWORD; required to start with demo mode off and no admin yet. */
        Optional<String> password();
    }

    interface Organisation {
        @WithDefault("Factdesk")
        String name();

        /** The organisation's home page. */
        @WithDefault("http://localhost:8080")
        String url();

        /** The address readers reach this site at; fact-check URLs are built on it. */
        @WithDefault("http://localhost:8080")
        String siteUrl();

        /**
         * FACTDESK_NAME_PEOPLE: public pages name the reviewers and the approving editor; false names
         * the organisation instead, for desks that keep their staff's names off the site.
         */
        @WithDefault("true")
        boolean namesPeople();
    }
}
