package vn.sotay.web;

import jakarta.servlet.http.HttpServletRequest;

/** The address a request came from, as the servlet container resolved it (see server.forward-headers-strategy). */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServletRequest request) {
        return request.getRemoteAddr();
    }
}
