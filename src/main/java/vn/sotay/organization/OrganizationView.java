package vn.sotay.organization;

/** What other modules see of an organisation. */
public record OrganizationView(long id, String code, String name, Long parentId, String path, int depth) {

    static OrganizationView of(Organization o) {
        return new OrganizationView(o.getId(), o.getCode(), o.getName(), o.getParentId(), o.getPath(), o.getDepth());
    }

    /** Whether {@code other} lies in this organisation's subtree (itself included). */
    public boolean contains(OrganizationView other) {
        return other != null && other.path().startsWith(path);
    }
}
