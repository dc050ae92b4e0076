package vn.sotay.library;

/** Who may read a published document: every member, or the members of one organisation's subtree. */
public enum Scope {
    ALL, ORGANIZATION
}
