package vn.sotay.library;

/** A chuyên mục as lists show it: its full name ("Cha / Con") and depth in the tree. */
public record TopicView(long id, String name, String fullName, int depth) {
}
