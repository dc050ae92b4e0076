package vn.sotay.organization.web;

import java.io.IOException;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.sotay.account.Accounts;
import vn.sotay.organization.OrganizationManagement;
import vn.sotay.organization.OrganizationSpringTest;
import vn.sotay.organization.OrganizationTestData;
import vn.sotay.organization.Organizations;

/** Common ground of the page and API tests: the corpus tree, and an office admin to send requests as. */
@OrganizationSpringTest
abstract class AdminWebTest {

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected Accounts accounts;
    @Autowired
    protected Organizations organizations;
    @Autowired
    protected OrganizationManagement management;
    @Autowired
    protected JdbcTemplate jdbc;

    protected RequestPostProcessor admin;

    @BeforeEach
    void corpusTree() throws IOException {
        OrganizationTestData.clear(jdbc);
        management.importCsv("corpus.csv", OrganizationTestData.stream(OrganizationTestData.corpus()));
        admin = WebPrincipals.officeAdmin(accounts);
    }
}
