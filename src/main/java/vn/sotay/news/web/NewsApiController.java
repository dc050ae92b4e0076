package vn.sotay.news.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.news.ArticleView;
import vn.sotay.news.News;
import vn.sotay.news.NewsKind;

/** News and notices for mobile apps. */
@RestController
@RequestMapping("/api/v1/news")
@Tag(name = "Tin tức / News")
class NewsApiController {

    private final News news;

    NewsApiController(News news) {
        this.news = news;
    }

    @Operation(summary = "Published articles, newest first; kind NEWS or NOTICE")
    @GetMapping
    List<ArticleView> list(@AuthenticationPrincipal AccountPrincipal reader, @RequestParam(required = false) NewsKind kind,
            @RequestParam(defaultValue = "0") int page) {
        return news.list(reader, kind, page).getContent();
    }

    @Operation(summary = "One article (counts a view); 404 when missing or not yet published")
    @GetMapping("/{id}")
    ArticleView article(@AuthenticationPrincipal AccountPrincipal reader, @PathVariable long id) {
        return news.open(reader, id);
    }
}
