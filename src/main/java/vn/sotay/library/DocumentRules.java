package vn.sotay.library;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.sotay.organization.OrganizationDirectory;
import vn.sotay.organization.OrganizationView;
import vn.sotay.shared.FieldError;
import vn.sotay.shared.Messages;
import vn.sotay.shared.Texts;
import vn.sotay.shared.ValidationException;

/** Checks an editor's metadata and visibility, with one Vietnamese message per broken rule naming the field. */
@Component
class DocumentRules {

    private final LibrarySettings settings;
    private final OrganizationDirectory organizations;
    private final MessageSource messages;

    DocumentRules(LibrarySettings settings, OrganizationDirectory organizations, MessageSource messages) {
        this.settings = settings;
        this.organizations = organizations;
        this.messages = messages;
    }

    /** The organisation a document is restricted to, when the metadata and visibility are valid; else every error. */
    OrganizationView check(Viewer editor, DocumentMetadata m, Visibility v, boolean anyType) {
        List<FieldError> errors = new ArrayList<>();
        String title = Texts.nfcTrim(m.title());
        if (title == null || title.isEmpty()) {
            errors.add(error("title", "TITLE_REQUIRED"));
        }
        String type = Texts.nfcTrim(m.type());
        if (type == null || type.isEmpty()) {
            errors.add(error("type", "TYPE_REQUIRED"));
        } else if (!anyType && !settings.documentTypes().contains(type)) {
            errors.add(error("type", "TYPE_UNKNOWN", type));
        }
        tooLong(errors, "title", title, 1000);
        tooLong(errors, "number", m.number(), 300);
        tooLong(errors, "issuer", m.issuer(), 300);
        tooLong(errors, "signer", m.signer(), 200);
        tooLong(errors, "summary", m.summary(), 4000);
        tooLong(errors, "topic", m.topic(), 400);
        if (m.issuedOn() != null && m.effectiveOn() != null && m.effectiveOn().isBefore(m.issuedOn())) {
            errors.add(error("effectiveOn", "EFFECTIVE_BEFORE_ISSUED"));
        }
        OrganizationView org = organization(editor, v, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return org;
    }

    private OrganizationView organization(Viewer editor, Visibility v, List<FieldError> errors) {
        if (v == null || v.scope() == null) {
            errors.add(error("visibility", "VISIBILITY_REQUIRED"));
            return null;
        }
        if (v.scope() == Scope.ALL) {
            if (!editor.office()) {
                errors.add(error("visibility", "VISIBILITY_ALL_OFFICE_ONLY"));
            }
            return null;
        }
        String code = Texts.nfcTrim(v.organization());
        OrganizationView org = code == null || code.isEmpty() ? null : organizations.findByCode(code).orElse(null);
        if (org == null || !(editor.office() || org.path().startsWith(editor.editorPrefix().replace("%", "")))) {
            errors.add(error("visibility", "ORGANIZATION_UNKNOWN", code == null ? "" : code));
            return null;
        }
        return org;
    }

    private void tooLong(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            errors.add(error(field, "TOO_LONG", Messages.get(messages, "library.field." + field), max));
        }
    }

    FieldError error(String field, String code, Object... args) {
        return new FieldError(field, code, Messages.get(messages, "library.error." + code, args));
    }
}
