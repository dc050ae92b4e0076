package vn.sotay.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import vn.sotay.account.AccountEvents.SignedOut;
import vn.sotay.account.AccountPrincipal;
import vn.sotay.account.AccountSettings;
import vn.sotay.account.ApiTokens;
import vn.sotay.account.SignIn;

/**
 * Every route is denied unless a rule here allows it. Two chains: the stateless bearer-token API under
 * {@code /api/**}, and the session-based pages with CSRF protection on every form.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
            + "font-src 'self'; connect-src 'self'; worker-src 'self' blob:; frame-src 'self'; frame-ancestors 'none'; "
            + "form-action 'self'; base-uri 'self'; object-src 'none'";

    private static final String MEMBER = "MEMBER";
    private static final String OFFICE_ADMIN = "OFFICE_ADMIN";
    private static final String UNIT_ADMIN = "UNIT_ADMIN";
    private static final String PASSWORD_CHANGE = "PASSWORD_CHANGE";

    /** The only way to sign in; being a bean also stops Spring Boot from adding its default in-memory user. */
    @Bean
    SignInAuthenticationProvider signInAuthenticationProvider(SignIn signIn) {
        return new SignInAuthenticationProvider(signIn);
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.disable())
                .addFilterBefore(new BearerTokenFilter(tokens), UsernamePasswordAuthenticationFilter.class)
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/login", "/api/v1/auth/password-reset").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/me/password", "/api/v1/auth/logout")
                        .hasAnyRole(MEMBER, PASSWORD_CHANGE)
                        .requestMatchers("/api/v1/admin/organizations/**").hasRole(OFFICE_ADMIN)
                        .requestMatchers("/api/v1/admin/**").hasAnyRole(OFFICE_ADMIN, UNIT_ADMIN)
                        .anyRequest().hasRole(MEMBER))
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> JsonErrors.write(res, 401, "UNAUTHENTICATED",
                                "Cần đăng nhập (thiếu hoặc sai mã truy cập)."))
                        .accessDeniedHandler((req, res, ex) -> JsonErrors.write(res, 403, "FORBIDDEN",
                                "Tài khoản không có quyền thực hiện thao tác này.")))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain web(HttpSecurity http, SignIn signIn, AccountSettings settings, ApplicationEventPublisher events)
            throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/forgot-password", "/reset-password", "/error", "/favicon.ico",
                                "/css/**", "/js/**", "/img/**", "/webjars/**", "/actuator/health", "/actuator/health/**",
                                "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/profile/password", "/profile/password/hints").hasAnyRole(MEMBER, PASSWORD_CHANGE)
                        .requestMatchers("/admin/organizations/**", "/admin/outbox/**", "/admin/audit/**", "/admin/news/**",
                                "/admin/search/**", "/admin/accounts/new")
                        .hasRole(OFFICE_ADMIN)
                        .requestMatchers("/admin/**").hasAnyRole(OFFICE_ADMIN, UNIT_ADMIN)
                        .anyRequest().hasRole(MEMBER))
                .formLogin(f -> f.loginPage("/login").loginProcessingUrl("/login")
                        .usernameParameter("username").passwordParameter("password")
                        .authenticationDetailsSource(SignInDetails::of)
                        .successHandler(successHandler(settings))
                        .failureHandler((req, res, ex) -> {
                            req.getSession().setAttribute(LoginController.LAST_USERNAME, req.getParameter("username"));
                            res.sendRedirect(req.getContextPath() + "/login?error");
                        }))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .addLogoutHandler((req, res, auth) -> {
                            if (auth != null && auth.getPrincipal() instanceof AccountPrincipal p) {
                                events.publishEvent(new SignedOut(p.username(), ClientAddress.of(req), "web"));
                            }
                        }))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .addFilterAfter(new SessionCurrencyFilter(signIn), SecurityContextHolderFilter.class)
                .exceptionHandling(e -> e.accessDeniedHandler(passwordChangeFirst()))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** After sign-in: hand the browser its device cookie; a one-time password leads to "Đổi mật khẩu" only. */
    private static SavedRequestAwareAuthenticationSuccessHandler successHandler(AccountSettings settings) {
        SavedRequestAwareAuthenticationSuccessHandler saved = new SavedRequestAwareAuthenticationSuccessHandler() {
            @Override
            public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                    Authentication authentication) throws IOException, jakarta.servlet.ServletException {
                request.getSession().removeAttribute(LoginController.LAST_USERNAME);
                if (authentication.getDetails() instanceof SignInAuthenticationProvider.IssuedDevice issued) {
                    Cookie cookie = new Cookie(SignInDetails.DEVICE_COOKIE, issued.deviceCookie());
                    cookie.setHttpOnly(true);
                    cookie.setSecure(request.isSecure());
                    cookie.setPath("/");
                    cookie.setMaxAge((int) Duration.ofDays(settings.throttle().deviceCookieDays()).toSeconds());
                    cookie.setAttribute("SameSite", "Lax");
                    response.addCookie(cookie);
                }
                if (authentication.getPrincipal() instanceof AccountPrincipal p && p.mustChangePassword()) {
                    getRedirectStrategy().sendRedirect(request, response, "/profile/password");
                    return;
                }
                super.onAuthenticationSuccess(request, response, authentication);
            }
        };
        saved.setDefaultTargetUrl("/");
        return saved;
    }

    /**
     * A form posted from a page of an ended session (signed out, expired: no valid CSRF token and nobody signed in)
     * leads to "Đăng nhập" saying the session ended; an account still on its one-time password is sent to
     * "Đổi mật khẩu"; anything else is a bare 403.
     */
    private static AccessDeniedHandler passwordChangeFirst() {
        return (request, response, ex) -> {
            var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
            boolean anonymous = auth == null || !(auth.getPrincipal() instanceof AccountPrincipal);
            if (ex instanceof org.springframework.security.web.csrf.CsrfException
                    && (anonymous || "/login".equals(request.getServletPath()))) {
                SignInAgain.send(request, response, SignInAgain.EXPIRED);
                return;
            }
            if (auth != null && auth.getPrincipal() instanceof AccountPrincipal p && p.mustChangePassword()) {
                response.sendRedirect(request.getContextPath() + "/profile/password");
                return;
            }
            response.sendError(403);
        };
    }
}
