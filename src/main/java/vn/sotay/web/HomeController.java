package vn.sotay.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.sotay.bookmark.Bookmarks;
import vn.sotay.library.DocumentCatalog;
import vn.sotay.library.Viewer;
import vn.sotay.news.News;

/** The member's home page: the newest documents they may read, news and notices, and their bookmarks. */
@Controller
class HomeController {

    private final DocumentCatalog catalog;
    private final News news;
    private final Bookmarks bookmarks;

    HomeController(DocumentCatalog catalog, News news, Bookmarks bookmarks) {
        this.catalog = catalog;
        this.news = news;
        this.bookmarks = bookmarks;
    }

    @GetMapping("/")
    String home(Viewer viewer, Model model) {
        model.addAttribute("newest", catalog.newest(viewer, 8));
        model.addAttribute("news", news.latest(5));
        model.addAttribute("bookmarks", bookmarks.list(viewer, 0).getContent().stream().limit(5).toList());
        return "home";
    }
}
