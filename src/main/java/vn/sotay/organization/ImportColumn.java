package vn.sotay.organization;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The columns of an organisation tree file, with the names each is recognised by besides its title. */
enum ImportColumn {

    CODE("Mã tổ chức", "Mã tổ chức đảng", "Mã đơn vị", "Code", "Organization code", "Organisation code"),
    PARENT("Mã tổ chức cấp trên", "Mã tổ chức đảng cấp trên", "Mã cấp trên", "Mã đơn vị cấp trên", "Parent",
            "Parent code"),
    NAME("Tên tổ chức", "Tên tổ chức đảng", "Tên đơn vị", "Name", "Organization name", "Organisation name");

    private final List<String> names;

    ImportColumn(String... names) {
        this.names = List.of(names);
    }

    /** The name used in messages and in the file format: "Mã tổ chức", "Mã tổ chức cấp trên", "Tên tổ chức". */
    String title() {
        return names.get(0);
    }

    static Map<ImportColumn, List<String>> accepted() {
        Map<ImportColumn, List<String>> accepted = new LinkedHashMap<>();
        for (ImportColumn column : values()) {
            accepted.put(column, column.names);
        }
        return accepted;
    }
}
