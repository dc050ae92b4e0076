package vn.sotay.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import vn.sotay.shared.FieldError;
import vn.sotay.shared.Messages;
import vn.sotay.shared.NotFoundException;

/**
 * Errors of the pages: a missing or hidden object is the ordinary 404 page, whatever the reason; a file over the
 * upload limit is a Vietnamese message naming the field (JSON under {@code /api/}).
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

    private final MessageSource messages;

    PageErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (isApi(request)) {
            JsonErrors.write(response, 404, "NOT_FOUND", Messages.get(messages, "api.error.NOT_FOUND"));
            return new ModelAndView();
        }
        ModelAndView mav = new ModelAndView("error", Map.of("status", 404));
        mav.setStatus(HttpStatus.NOT_FOUND);
        return mav;
    }

    /**
     * An id in the path that is no number, or too large for one ({@code /documents/abc}), names nothing: the ordinary
     * 404. Another parameter of the wrong type is a 400 that names it.
     */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (e.getParameter().hasParameterAnnotation(PathVariable.class)) {
            return notFound(request, response);
        }
        if (isApi(request)) {
            JsonErrors.write(response, 400, "BAD_REQUEST", Messages.get(messages, "api.error.INVALID_PARAMETER", e.getName()));
            return new ModelAndView();
        }
        ModelAndView mav = new ModelAndView("error", Map.of("status", 400));
        mav.setStatus(HttpStatus.BAD_REQUEST);
        return mav;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String message = "Tệp tải lên vượt quá dung lượng cho phép. Vui lòng chọn tệp nhỏ hơn (trường \"Tệp đính kèm\").";
        if (isApi(request)) {
            json(response, 400, "{\"errors\":[{\"field\":\"files\",\"code\":\"FILE_TOO_LARGE\",\"message\":\""
                    + message.replace("\"", "\\\"") + "\"}]}");
            return new ModelAndView();
        }
        ModelAndView mav = new ModelAndView("upload-error", Map.of("errors", List.of(new FieldError("files", "FILE_TOO_LARGE", message))));
        mav.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
        return mav;
    }

    private static boolean isApi(HttpServletRequest request) {
        return JsonErrors.isApi(request, request.getRequestURI());
    }

    private static void json(HttpServletResponse response, int status, String body) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(body);
    }
}
