package vn.sotay.organization;

import java.util.List;

/** An organisation with its direct children, in Vietnamese alphabetical order of their names. */
public record OrganizationNode(String code, String name, List<OrganizationNode> children) {

    public OrganizationNode {
        children = List.copyOf(children);
    }
}
