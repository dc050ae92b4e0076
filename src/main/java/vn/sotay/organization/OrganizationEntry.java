package vn.sotay.organization;

import java.io.Serializable;

/** One organisation as an admin reads and edits it: code, name and its parent's code ({@code null} at the root). */
public record OrganizationEntry(String code, String name, String parent) implements Serializable {

    static OrganizationEntry of(Organization organization, Organizations organizations) {
        return new OrganizationEntry(organization.getCode(), organization.getName(),
                organizations.parentCode(organization));
    }
}
