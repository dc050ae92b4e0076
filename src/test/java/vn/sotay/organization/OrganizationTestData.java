package vn.sotay.organization;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Test data of the organisation tests: the corpus file, small CSV files and a clean table. */
public final class OrganizationTestData {

    /** The tree of the shared corpus: DBK with UBDT (5 cells) and HVDT (3 cells). */
    public static final Path CORPUS = Path.of("../shared/corpus/members/organizations.csv");
    public static final String HEADER = "Mã tổ chức,Mã tổ chức cấp trên,Tên tổ chức";

    private OrganizationTestData() {
    }

    public static byte[] corpus() throws IOException {
        return Files.readAllBytes(CORPUS);
    }

    /** A CSV file of these lines, the header first when the caller puts it there. */
    public static byte[] csv(String... lines) {
        return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    public static InputStream stream(byte[] content) {
        return new ByteArrayInputStream(content);
    }

    public static void clear(JdbcTemplate jdbc) {
        jdbc.update("update organization set parent_id = null");
        jdbc.update("delete from organization");
    }

    /** Every column of every organisation, to compare the table before and after. */
    public static List<Map<String, Object>> snapshot(JdbcTemplate jdbc) {
        return jdbc.queryForList("select * from organization order by code");
    }
}
