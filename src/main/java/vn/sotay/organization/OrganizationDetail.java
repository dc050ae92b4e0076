package vn.sotay.organization;

import java.util.List;

/** One organisation together with the whole tree, for choosing where it may move. */
public record OrganizationDetail(OrganizationEntry organization, List<OrganizationNode> tree) {

    public OrganizationDetail {
        tree = List.copyOf(tree);
    }
}
