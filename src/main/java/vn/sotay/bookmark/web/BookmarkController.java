package vn.sotay.bookmark.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.sotay.bookmark.Bookmarks;
import vn.sotay.library.Viewer;

/**
 * "Tài liệu đã đánh dấu", "Đã xem gần đây", and the "Đánh dấu xem sau" / "Bỏ đánh dấu" toggle: with htmx it
 * answers the new button only, without it a redirect back.
 */
@Controller
class BookmarkController {

    private static final String TOGGLE = "library/fragments :: bookmark";

    private final Bookmarks bookmarks;

    BookmarkController(Bookmarks bookmarks) {
        this.bookmarks = bookmarks;
    }

    @GetMapping("/bookmarks")
    String list(Viewer viewer, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("bookmarks", bookmarks.list(viewer, page));
        return "bookmark/bookmarks";
    }

    @GetMapping("/recent")
    String recent(Viewer viewer, Model model) {
        model.addAttribute("recent", bookmarks.recent(viewer));
        return "bookmark/recent";
    }

    @PostMapping("/bookmarks/{documentId}")
    String add(Viewer viewer, @PathVariable long documentId, @RequestHeader(value = "HX-Request", required = false) String htmx,
            @RequestParam(defaultValue = "") String back, Model model) {
        bookmarks.add(viewer, documentId);
        return answer(documentId, true, htmx, back, model);
    }

    @PostMapping("/bookmarks/{documentId}/delete")
    String remove(Viewer viewer, @PathVariable long documentId, @RequestHeader(value = "HX-Request", required = false) String htmx,
            @RequestParam(defaultValue = "") String back, Model model) {
        bookmarks.remove(viewer, documentId);
        return answer(documentId, false, htmx, back, model);
    }

    private static String answer(long documentId, boolean marked, String htmx, String back, Model model) {
        if ("true".equals(htmx)) {
            model.addAttribute("id", documentId);
            model.addAttribute("marked", marked);
            model.addAttribute("back", back);
            return TOGGLE;
        }
        boolean local = back.startsWith("/") && !back.startsWith("//") && !back.contains("\\");
        return "redirect:" + (local ? back : "/documents/" + documentId);
    }
}
