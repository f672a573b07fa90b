package org.factdesk.web.api;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.factdesk.web.support.PostgresProfile;
import org.factdesk.web.support.RequiresPostgres;

/** The same sixteen-way race for one claim, decided by PostgreSQL instead of H2. */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@RequiresPostgres
class PostgresClaimRaceTest extends ClaimRaceTest {
}
