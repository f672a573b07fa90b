package org.factdesk.web.support;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.Map;

/** A desk with demo mode off: no demo people, and the first admin's password from configuration. */
public class DemoOff implements QuarkusTestProfile {

    public static final String ADMIN_PASSWORD = "a-long-admin-password";

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(TestDatabases.fresh("factdesk_demo_off"));
        config.put("factdesk.demo", "false");
        config.put("factdesk.admin.password", ADMIN_PASSWORD);
        return config;
    }
}
