package vn.sotay.news.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.news.News;
import vn.sotay.news.NewsKind;

/** "Tin tức" and "Thông báo" for members: the list, the article page (counted), "In bài viết". */
@Controller
class NewsController {

    private final News news;

    NewsController(News news) {
        this.news = news;
    }

    @GetMapping("/news")
    String list(@AuthenticationPrincipal AccountPrincipal reader, @RequestParam(required = false) NewsKind kind,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("articles", news.list(reader, kind, page));
        return "news/list";
    }

    @GetMapping("/news/{id}")
    String article(@AuthenticationPrincipal AccountPrincipal reader, @PathVariable long id, Model model) {
        model.addAttribute("article", news.open(reader, id));
        return "news/article";
    }

    @GetMapping("/news/{id}/print")
    String print(@AuthenticationPrincipal AccountPrincipal reader, @PathVariable long id, Model model) {
        model.addAttribute("article", news.find(reader, id));
        return "news/print";
    }
}
