package vn.sotay.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Office files whose one part inflates from a few hundred KB to about 250 MB of text: zip bombs for tests. */
public final class ZipBombs {

    private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Override PartName=\"/%s\" ContentType=\"%s\"/></Types>";
    private static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"%s\"/></Relationships>";

    private ZipBombs() {
    }

    /** A .docx whose word/document.xml is one paragraph of 250 MB. */
    public static byte[] docx() throws IOException {
        return bomb("word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>",
                "</w:t></w:r></w:p></w:body></w:document>");
    }

    /** An .xlsx whose first sheet is one cell of 250 MB. */
    public static byte[] xlsx() throws IOException {
        return bomb("xl/worksheets/sheet1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
                "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>",
                "</t></is></c></row></sheetData></worksheet>");
    }

    private static byte[] bomb(String part, String partType, String open, String close) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(String.format(CONTENT_TYPES, part, partType).getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(String.format(RELS, part).getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(part));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + open).getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "đảng viên ".repeat(100_000).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 250; i++) {
                zip.write(chunk);
            }
            zip.write(close.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
