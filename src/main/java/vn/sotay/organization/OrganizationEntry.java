package vn.sotay.organization;

import java.io.Serializable;

/** One organisation as an admin reads and edits it: code, name and the code of its parent ({@code null} at the root). */
public record OrganizationEntry(String code, String name, String parent) implements Serializable {
}
