package org.factdesk.web.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void aPoolThatHadNoConnectionInTimeIsAnUnavailableDatabase() {
        Throwable timeout = new PersistenceException("rolled back",
                new JDBCConnectionException("Unable to acquire JDBC Connection", new SQLException("Sorry, acquisition timeout!")));

        assertThat(DatabaseUnavailable.isCauseOf(timeout)).isTrue();
    }

    @Test
    void aLostConnectionDeepInTheCausesIsAnUnavailableDatabase() {
        Throwable lost = new IllegalStateException(new RuntimeException(new SQLTransientConnectionException("connection reset")));

        assertThat(DatabaseUnavailable.isCauseOf(lost)).isTrue();
    }

    @Test
    void aFaultInTheCodeIsNotAnUnavailableDatabase() {
        assertThat(DatabaseUnavailable.isCauseOf(new NullPointerException())).isFalse();
        assertThat(DatabaseUnavailable.isCauseOf(new PersistenceException(new SQLException("syntax error")))).isFalse();
    }
}
