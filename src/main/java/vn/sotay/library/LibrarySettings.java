package vn.sotay.library;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the library ({@code sotay.library.*}).
 *
 * @param documentTypes the "Loại văn bản" an editor may choose
 * @param maxFileSize   the largest file accepted
 * @param pageSize      documents per page when browsing
 * @param previewChars  at most this many characters of a file are shown as its HTML preview
 * @param maxUnpackedSize the most an office file (a zip container) may unpack to; a zip bomb is refused on upload
 * @param proposalTimeout how long reading the first file for the proposed metadata may take while the editor waits
 * @param proposalMaxFileSize files larger than this are not read for the proposed metadata
 */
@ConfigurationProperties("sotay.library")
public record LibrarySettings(
        @DefaultValue({"Nghị quyết", "Chỉ thị", "Quy định", "Quyết định", "Kết luận", "Hướng dẫn", "Kế hoạch",
                "Công văn", "Thông báo", "Báo cáo", "Hiến pháp", "Bộ luật", "Luật", "Nghị định", "Thông tư",
                "Tài liệu sinh hoạt chi bộ", "Tài liệu khác"}) List<String> documentTypes,
        @DefaultValue("200MB") DataSize maxFileSize,
        @DefaultValue("20") int pageSize,
        @DefaultValue("2000000") int previewChars,
        @DefaultValue("1GB") DataSize maxUnpackedSize,
        @DefaultValue("10s") Duration proposalTimeout,
        @DefaultValue("50MB") DataSize proposalMaxFileSize) {
}
