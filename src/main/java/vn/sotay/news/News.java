package vn.sotay.news;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document.OutputSettings;
import org.jsoup.safety.Safelist;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.news.NewsEvents.ArticleSaved;
import vn.sotay.shared.FieldError;
import vn.sotay.shared.Messages;
import vn.sotay.shared.NotFoundException;
import vn.sotay.shared.Texts;
import vn.sotay.shared.ValidationException;

/** "Tin tức" and "Thông báo": members read published articles (each view counted); office admins write them. */
@Service
@Transactional(readOnly = true)
public class News {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final java.util.regex.Pattern BLOCKS = java.util.regex.Pattern.compile(
            "<(p|div|h[1-6]|ul|ol|table|blockquote)\\b", java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final Safelist BODY = Safelist.relaxed().removeAttributes(":all", "style", "class");

    private final Articles articles;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    News(Articles articles, MessageSource messages, ApplicationEventPublisher events, Clock clock) {
        this.articles = articles;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
    }

    /** Newest first; office admins also see articles not published yet. */
    public Page<ArticleView> list(AccountPrincipal reader, NewsKind kind, int page) {
        Instant now = clock.instant();
        PageRequest pageable = PageRequest.of(Math.max(page, 0), 20,
                Sort.by(Sort.Order.desc("publishedAt").nullsFirst(), Sort.Order.desc("id")));
        return articles.visible(reader.officeAdmin(), now, kind, pageable).map(a -> ArticleView.of(a, now, 0));
    }

    public List<ArticleView> latest(int count) {
        Instant now = clock.instant();
        return articles.visible(false, now, null, PageRequest.of(0, count, Sort.by(Sort.Order.desc("publishedAt"))))
                .map(a -> ArticleView.of(a, now, 0)).getContent();
    }

    /** The article page: counts the view. */
    @Transactional
    public ArticleView open(AccountPrincipal reader, long id) {
        ArticleView view = find(reader, id, 1);
        articles.countView(id);
        return view;
    }

    /** The article without counting a view: print view, edit form. */
    public ArticleView find(AccountPrincipal reader, long id) {
        return find(reader, id, 0);
    }

    private ArticleView find(AccountPrincipal reader, long id, long extraViews) {
        Instant now = clock.instant();
        return articles.findVisible(id, reader.officeAdmin(), now).map(a -> ArticleView.of(a, now, extraViews))
                .orElseThrow(() -> new NotFoundException("article"));
    }

    @Transactional
    public long create(AccountPrincipal office, ArticleInput input) {
        requireOffice(office);
        Article a = new Article(office.username(), clock.instant());
        write(a, input);
        articles.saveAndFlush(a);
        events.publishEvent(new ArticleSaved(office.username(), a.getId(), true));
        return a.getId();
    }

    @Transactional
    public void update(AccountPrincipal office, long id, ArticleInput input) {
        requireOffice(office);
        Article a = articles.findById(id).orElseThrow(() -> new NotFoundException("article"));
        write(a, input);
        events.publishEvent(new ArticleSaved(office.username(), id, false));
    }

    private void write(Article a, ArticleInput in) {
        String title = Texts.nfcTrim(in.title());
        String body = Texts.nfcTrim(in.body());
        List<FieldError> errors = new ArrayList<>();
        if (title == null || title.isEmpty()) {
            errors.add(error("title", "TITLE_REQUIRED"));
        } else if (title.length() > 500) {
            errors.add(error("title", "TITLE_TOO_LONG"));
        }
        if (body == null || body.isEmpty()) {
            errors.add(error("body", "BODY_REQUIRED"));
        }
        String summary = Texts.nfcTrim(in.summary());
        if (summary != null && summary.length() > 2000) {
            errors.add(error("summary", "SUMMARY_TOO_LONG"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        Instant published = in.publishedAt() == null ? null : in.publishedAt().atZone(VIETNAM).toInstant();
        a.write(in.kind() == null ? NewsKind.NEWS : in.kind(), title, summary == null || summary.isEmpty() ? null : summary,
                bodyHtml(body), published, clock.instant());
    }

    /**
     * Sanitised HTML. A body with block elements is taken as HTML; otherwise each blank-line-separated block is a
     * paragraph (line breaks kept), with inline markup such as {@code <b>} allowed.
     */
    static String bodyHtml(String body) {
        if (BLOCKS.matcher(body).find()) {
            return Jsoup.clean(body, "", BODY, new OutputSettings().prettyPrint(false));
        }
        StringBuilder html = new StringBuilder();
        for (String paragraph : body.split("\\R\\s*\\R")) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(paragraph.strip().replaceAll("\\R", "<br>")).append("</p>");
            }
        }
        return Jsoup.clean(html.toString(), "", BODY, new OutputSettings().prettyPrint(false));
    }

    private static void requireOffice(AccountPrincipal principal) {
        if (!principal.officeAdmin()) {
            throw new NotFoundException("article");
        }
    }

    private FieldError error(String field, String code) {
        return new FieldError(field, code, Messages.get(messages, "news.error." + code));
    }
}
