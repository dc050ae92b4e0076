package vn.sotay.organization.web;

import java.io.Serializable;

/** What the admin typed into a create, rename or move form; kept across the redirect after a refusal. */
record OrganizationForm(String code, String name, String parent) implements Serializable {
}
