package vn.sotay.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;
import vn.sotay.shared.Messages;

/**
 * Every error that reaches the container's error page ({@code /error}: no such route, a method or content type the
 * route does not take, a body too large, a failure in a filter): under {@code /api/} the API's
 * {@code {"code","message"}} in Vietnamese (or English), elsewhere the site's error page. Replaces Spring Boot's
 * default error controller and its JSON shape.
 */
@Controller
class ContainerErrors implements ErrorController {

    private final MessageSource messages;

    ContainerErrors(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping("/error")
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i && i >= 400 ? i : 500;
        if (JsonErrors.isApi(request, (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI))) {
            String key = "api.error." + JsonErrors.code(status);
            String message = Messages.get(messages, key);
            JsonErrors.write(response, status, JsonErrors.code(status),
                    message.equals(key) ? Messages.get(messages, "api.error.ERROR") : message);
            return null;
        }
        ModelAndView page = new ModelAndView("error", Map.of("status", status));
        page.setStatus(HttpStatusCode.valueOf(status));
        return page;
    }
}
