package vn.sotay.search;

import java.time.LocalDate;
import java.util.List;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.library.DocumentFilter;
import vn.sotay.library.DocumentManagement;
import vn.sotay.library.DocumentMetadata;
import vn.sotay.library.FileUpload;
import vn.sotay.library.LibraryFixture;
import vn.sotay.library.Viewer;
import vn.sotay.library.Visibility;

/** Documents with chosen metadata for search tests, and filters to search with. */
final class SearchFixture {

    private final DocumentManagement management;
    private final LibraryFixture library;

    SearchFixture(DocumentManagement management, LibraryFixture library) {
        this.management = management;
        this.library = library;
    }

    long publish(AccountPrincipal editor, String number, String type, String title, String summary, String topic,
            String orgCode, List<FileUpload> files) {
        DocumentMetadata m = new DocumentMetadata(number, type, "Đảng ủy khối", null, LocalDate.of(2023, 9, 5), null, title,
                summary, topic);
        Viewer v = library.viewer(editor);
        return management.create(v, m, orgCode == null ? Visibility.all() : Visibility.organization(orgCode), files, true);
    }

    static DocumentFilter words(String q) {
        return new DocumentFilter(q, null, null, null, null, "relevance", 0, 20);
    }
}
