package vn.sotay.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvHeaderTest {

    private static final Map<String, List<String>> ACCEPTED = new LinkedHashMap<>();

    static {
        ACCEPTED.put("code", List.of("Mã tổ chức", "Code"));
        ACCEPTED.put("parent", List.of("Mã tổ chức cấp trên"));
        ACCEPTED.put("name", List.of("Tên tổ chức"));
    }

    @Test
    void matchesWhateverTheCaseDiacriticsSpacingAndOrder() {
        String nfd = Normalizer.normalize("Tên tổ chức", Normalizer.Form.NFD);
        CsvHeader.Match<String> match = CsvHeader.match(
                List.of("  MÃ TỔ CHỨC CẤP TRÊN ", nfd, "ma\u00A0 to   chuc"), ACCEPTED);
        assertThat(match.positions()).containsExactlyInAnyOrderEntriesOf(Map.of("parent", 0, "name", 1, "code", 2));
        assertThat(match.unknown()).isEmpty();
        assertThat(match.repeated()).isEmpty();
        assertThat(match.missing(ACCEPTED.keySet())).isEmpty();
    }

    @Test
    void acceptsAliasesAndRequiredMarks() {
        CsvHeader.Match<String> match = CsvHeader.match(List.of("code", "Tên tổ chức (*)", "Tên tổ chức *"), ACCEPTED);
        assertThat(match.positions()).containsEntry("code", 0).containsEntry("name", 2);
        assertThat(match.unknown()).containsExactly(1);
    }

    @Test
    void reportsUnknownRepeatedAndMissingColumnsButNotBlankOnes() {
        CsvHeader.Match<String> match = CsvHeader.match(List.of("Mã tổ chức", "Ghi chú", "", "mã tổ chức"), ACCEPTED);
        assertThat(match.positions()).containsExactly(Map.entry("code", 0));
        assertThat(match.unknown()).containsExactly(1);
        assertThat(match.repeated()).containsExactly(3);
        assertThat(match.missing(ACCEPTED.keySet())).containsExactly("parent", "name");
    }

    @Test
    void keyIgnoresByteOrderMarkAndTrailingColon() {
        assertThat(CsvHeader.key("\uFEFFMã tổ chức:")).isEqualTo("ma to chuc");
        assertThat(CsvHeader.key(null)).isEmpty();
    }
}
