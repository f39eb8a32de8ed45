package id.portaldesa.it.web;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** The database the portal under test uses, for checks a person could not make through the pages. */
final class TestDatabase {

    private TestDatabase() {}

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                System.getProperty("portal.test.db.url"),
                System.getProperty("portal.test.db.user"),
                System.getProperty("portal.test.db.password"));
    }
}
