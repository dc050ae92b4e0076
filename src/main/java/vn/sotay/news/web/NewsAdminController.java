package vn.sotay.news.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.news.News;
import vn.sotay.shared.ValidationException;

/** The office's news pages: write and edit articles. */
@Controller
class NewsAdminController {

    private static final String FORM = "news/edit";

    private final News news;
    private final MessageSource messages;

    NewsAdminController(News news, MessageSource messages) {
        this.news = news;
        this.messages = messages;
    }

    @GetMapping("/admin/news/new")
    String createForm(Model model) {
        model.addAttribute("form", new ArticleForm());
        return FORM;
    }

    @PostMapping("/admin/news")
    String create(@AuthenticationPrincipal AccountPrincipal office, @ModelAttribute("form") ArticleForm form, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        try {
            long id = news.create(office, form.input(messages));
            redirect.addFlashAttribute("done", "news.saved");
            return "redirect:/news/" + id;
        } catch (ValidationException e) {
            return invalid(e, model, response);
        }
    }

    @GetMapping("/admin/news/{id}/edit")
    String editForm(@AuthenticationPrincipal AccountPrincipal office, @PathVariable long id, Model model) {
        model.addAttribute("form", ArticleForm.of(news.find(office, id)));
        model.addAttribute("articleId", id);
        return FORM;
    }

    @PostMapping("/admin/news/{id}")
    String update(@AuthenticationPrincipal AccountPrincipal office, @PathVariable long id,
            @ModelAttribute("form") ArticleForm form, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        try {
            news.update(office, id, form.input(messages));
            redirect.addFlashAttribute("done", "news.saved");
            return "redirect:/news/" + id;
        } catch (ValidationException e) {
            model.addAttribute("articleId", id);
            return invalid(e, model, response);
        }
    }

    private static String invalid(ValidationException e, Model model, HttpServletResponse response) {
        model.addAttribute("errors", e.messagesByField());
        response.setStatus(422);
        return FORM;
    }
}
