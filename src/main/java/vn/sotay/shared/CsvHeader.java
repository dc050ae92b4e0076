package vn.sotay.shared;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the expected columns in the header row of a CSV file whatever their order, case, diacritics and
 * spacing: "Mã tổ chức", "MA TO CHUC" and "ma  to chuc" name the same column.
 */
public final class CsvHeader {

    private CsvHeader() {
    }

    /**
     * Where each column stands.
     *
     * @param positions the index of each column found
     * @param unknown   indexes of non-blank header cells that name no expected column
     * @param repeated  indexes of header cells that name a column already found further left
     */
    public record Match<K>(Map<K, Integer> positions, List<Integer> unknown, List<Integer> repeated) {

        public List<K> missing(Collection<K> expected) {
            return expected.stream().filter(k -> !positions.containsKey(k)).toList();
        }
    }

    /**
     * @param cells    the values of the header row
     * @param accepted for each column, the names it may have (compared after {@link #key(String)})
     */
    public static <K> Match<K> match(List<String> cells, Map<K, List<String>> accepted) {
        Map<String, K> byKey = new HashMap<>();
        accepted.forEach((column, names) -> names.forEach(name -> byKey.put(key(name), column)));
        Map<K, Integer> positions = new LinkedHashMap<>();
        List<Integer> unknown = new ArrayList<>();
        List<Integer> repeated = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String key = key(cells.get(i));
            K column = byKey.get(key);
            if (column == null) {
                if (!key.isEmpty()) {
                    unknown.add(i);
                }
            } else if (positions.putIfAbsent(column, i) != null) {
                repeated.add(i);
            }
        }
        return new Match<>(positions, unknown, repeated);
    }

    /** A header cell as compared: folded, without byte order mark, non-breaking spaces or a trailing "*" or ":". */
    public static String key(String cell) {
        String plain = cell == null ? "" : cell.replace('\u00A0', ' ').replace("\uFEFF", "");
        String folded = Texts.fold(plain);
        while (!folded.isEmpty() && "*:".indexOf(folded.charAt(folded.length() - 1)) >= 0) {
            folded = folded.substring(0, folded.length() - 1).strip();
        }
        return folded;
    }
}
