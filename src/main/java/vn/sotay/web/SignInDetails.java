package vn.sotay.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;

/** What the sign-in form's request says besides the user name and password. */
record SignInDetails(String clientAddress, String deviceCookie) implements Serializable {

    static final String DEVICE_COOKIE = "SOTAY_DEVICE";

    static SignInDetails of(HttpServletRequest request) {
        String device = null;
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if (DEVICE_COOKIE.equals(c.getName())) {
                    device = c.getValue();
                }
            }
        }
        return new SignInDetails(ClientAddress.of(request), device);
    }
}
