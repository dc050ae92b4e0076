package vn.sotay.provisioning.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * An .xlsx download, written in full before the response is touched: a list that is missing (or another unit's)
 * fails while nothing is sent yet, and the caller gets the ordinary 404 page or JSON.
 */
final class Spreadsheets {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** Writes the workbook. */
    @FunctionalInterface
    interface Workbook {
        void writeTo(OutputStream out) throws IOException;
    }

    private Spreadsheets() {
    }

    static ResponseEntity<byte[]> attachment(String fileName, Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.writeTo(out);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
                .body(out.toByteArray());
    }
}
