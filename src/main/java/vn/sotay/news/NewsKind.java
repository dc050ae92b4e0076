package vn.sotay.news;

/** Tin tức or Thông báo. */
public enum NewsKind {
    NEWS, NOTICE
}
