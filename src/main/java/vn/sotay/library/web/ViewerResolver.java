package vn.sotay.library.web;

import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.context.annotation.Configuration;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.library.Viewer;
import vn.sotay.library.Viewers;

/** Lets any handler take the signed-in reader as a {@link Viewer} parameter. */
@Configuration(proxyBeanMethods = false)
class ViewerResolver implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    private final Viewers viewers;

    ViewerResolver(Viewers viewers) {
        this.viewers = viewers;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Viewer.class;
    }

    @Override
    public Viewer resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
            WebDataBinderFactory binders) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountPrincipal principal) {
            return viewers.of(principal);
        }
        throw new org.springframework.security.access.AccessDeniedException("not signed in");
    }
}
