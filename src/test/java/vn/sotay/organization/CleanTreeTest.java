package vn.sotay.organization;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;

/** Common ground of the service tests: an empty tree, messages in Vietnamese, and the events each test publishes. */
@OrganizationSpringTest
abstract class CleanTreeTest {

    @Autowired
    protected OrganizationManagement management;
    @Autowired
    protected Organizations organizations;
    @Autowired
    protected JdbcTemplate jdbc;
    @Autowired
    protected ApplicationEvents events;

    @BeforeEach
    void cleanTreeInVietnamese() {
        OrganizationTestData.clear(jdbc);
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
    }

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    protected Organization stored(String code) {
        return organizations.findByCode(code).orElseThrow();
    }
}
