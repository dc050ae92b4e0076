package vn.sotay.provisioning.internal;

import java.util.List;
import java.util.Optional;
import vn.sotay.shared.Texts;

/** The columns of a member list, with the Vietnamese header a unit types and the variants it may type instead. */
public enum ListColumn {
    STT("STT", "so thu tu", "tt"),
    FULL_NAME("Họ và tên", "ho ten", "ho va ten dang vien", "ten"),
    CARD_NUMBER("Số thẻ đảng viên", "so the", "so the dv", "ma the dang vien"),
    BIRTH_DATE("Ngày sinh", "ngay thang nam sinh"),
    GENDER("Giới tính", "gioi"),
    EMAIL("Email", "e-mail", "thu dien tu", "dia chi email"),
    PHONE("Số điện thoại", "dien thoai", "sdt", "so dt"),
    JOINED_ON("Ngày vào Đảng", "ngay vao dang cong san viet nam", "ngay ket nap"),
    OFFICIAL_ON("Ngày chính thức", "ngay chuyen chinh thuc", "ngay dang vien chinh thuc"),
    ORGANIZATION("Mã tổ chức", "ma don vi", "ma chi bo", "to chuc dang");

    private final String header;
    private final List<String> keys;

    ListColumn(String header, String... aliases) {
        this.header = header;
        this.keys = java.util.stream.Stream.concat(java.util.stream.Stream.of(header), java.util.stream.Stream.of(aliases))
                .map(ListColumn::key).toList();
    }

    /** The header as the template writes it, e.g. "Số thẻ đảng viên". */
    public String header() {
        return header;
    }

    /** The column a header names, whatever its case, diacritics, spacing or punctuation. */
    public static Optional<ListColumn> of(String header) {
        String key = key(header);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (ListColumn c : values()) {
            if (c.keys.contains(key)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static String key(String text) {
        String folded = Texts.fold(text == null ? "" : text.replace('\uFEFF', ' '));
        return folded.replaceAll("[^a-z0-9]", "");
    }
}
