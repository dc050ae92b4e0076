package vn.sotay.provisioning.internal;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.xml.parsers.SAXParserFactory;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an .xlsx file by streaming its XML (constant memory for 100,000 rows). Date cells are
 * read as ISO dates whatever their display format; numbers as plain digits (so a card number stored as a number
 * comes out without its leading zeros, which validation restores).
 */
final class XlsxReader {

    static final String UNREADABLE = "Không đọc được tệp Excel (.xlsx): tệp bị hỏng hoặc không đúng định dạng.";

    private XlsxReader() {
    }

    static SheetData read(InputStream in) {
        try (OPCPackage pkg = OPCPackage.open(in)) {
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnreadableListException("Tệp Excel không có trang tính nào.");
            }
            Collector collector = new Collector();
            try (InputStream sheet = sheets.next()) {
                SAXParserFactory factory = SAXParserFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                XMLReader xml = factory.newSAXParser().getXMLReader();
                xml.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, collector, new IsoDates(), false));
                xml.parse(new InputSource(sheet));
            }
            return collector.result();
        } catch (UnreadableListException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw new UnreadableListException(UNREADABLE, e);
        }
    }

    /** Formats date cells as yyyy-MM-dd and plain numbers without grouping or exponent. */
    private static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDate date = DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate();
                return date.toString();
            }
            if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                return Long.toString((long) value);
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }

    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final List<SheetData.Row> rows = new ArrayList<>();
        private List<String> headers;
        private List<String> current;
        private int rowNumber;

        @Override
        public void startRow(int rowNum) {
            rowNumber = rowNum + 1;
            current = new ArrayList<>();
        }

        @Override
        public void endRow(int rowNum) {
            if (headers == null) {
                if (current.stream().anyMatch(c -> !c.isBlank())) {
                    headers = current;
                }
            } else if (current.stream().anyMatch(c -> !c.isBlank())) {
                rows.add(new SheetData.Row(rowNumber, current));
            }
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            while (current.size() < column) {
                current.add("");
            }
            current.add(value == null ? "" : value);
        }

        SheetData result() {
            if (headers == null) {
                throw new UnreadableListException("Tệp Excel trống: không có dòng tiêu đề nào.");
            }
            return new SheetData(headers, rows);
        }
    }
}
