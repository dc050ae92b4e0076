package vn.sotay.library;

/** Nháp, đã đăng, thu hồi. Members see published documents only; editors see all three. */
public enum DocumentStatus {
    DRAFT, PUBLISHED, WITHDRAWN
}
