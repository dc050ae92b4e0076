package vn.sotay.organization;

import vn.sotay.shared.AuditedEvent;

/** Changes to the organisation tree, published in the transaction that makes them; each is audited. */
public final class OrganizationEvents {

    private static final String ROOT = "—";

    private OrganizationEvents() {
    }

    /** An organisation was added; {@code parent} is the code of its parent, {@code null} at the root. */
    public record OrganizationCreated(String target, String name, String parent) implements AuditedEvent {
        public String action() {
            return "ORGANIZATION_CREATED";
        }

        public String details() {
            return parent == null ? name : name + "; cấp trên: " + parent;
        }
    }

    /** An organisation got a new name. */
    public record OrganizationRenamed(String target, String oldName, String newName) implements AuditedEvent {
        public String action() {
            return "ORGANIZATION_RENAMED";
        }

        public String details() {
            return oldName + " → " + newName;
        }
    }

    /** An organisation moved with its subtree; the parents are codes, {@code null} for the root. */
    public record OrganizationMoved(String target, String oldParent, String newParent) implements AuditedEvent {
        public String action() {
            return "ORGANIZATION_MOVED";
        }

        public String details() {
            return (oldParent == null ? ROOT : oldParent) + " → " + (newParent == null ? ROOT : newParent);
        }
    }

    /** A file ({@code target}: its name) was imported; each change it made was published on its own too. */
    public record OrganizationsImported(String target, int created, int updated, int unchanged) implements AuditedEvent {
        public String action() {
            return "ORGANIZATIONS_IMPORTED";
        }

        public String details() {
            return "thêm mới " + created + ", cập nhật " + updated + ", giữ nguyên " + unchanged;
        }
    }

    /** A file ({@code target}: its name) was refused for its errors; nothing was written. */
    public record OrganizationImportRejected(String target, int errors) implements AuditedEvent {
        public String action() {
            return "ORGANIZATION_IMPORT_REJECTED";
        }

        public String details() {
            return errors + " lỗi";
        }
    }
}
