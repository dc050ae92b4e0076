package vn.sotay.library.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.MessageSource;
import vn.sotay.library.DocumentDetails;
import vn.sotay.library.DocumentMetadata;
import vn.sotay.library.Scope;
import vn.sotay.library.Visibility;
import vn.sotay.shared.FieldError;
import vn.sotay.shared.Messages;
import vn.sotay.shared.TypedDates;
import vn.sotay.shared.ValidationException;

/** The editor's form: every field as typed; dates as dd/MM/yyyy or yyyy-MM-dd (the date picker), read strictly. */
public class DocumentForm {

    private String number = "";
    private String type = "";
    private String issuer = "";
    private String signer = "";
    private String issuedOn = "";
    private String effectiveOn = "";
    private String title = "";
    private String summary = "";
    private String topic = "";
    private String scope = "ALL";
    private String organization = "";
    private boolean publish;

    static DocumentForm of(DocumentDetails d, String organizationCode) {
        DocumentForm f = new DocumentForm();
        f.number = nonNull(d.number());
        f.type = nonNull(d.type());
        f.issuer = nonNull(d.issuer());
        f.signer = nonNull(d.signer());
        f.issuedOn = d.issuedOn() == null ? "" : d.issuedOn().toString();
        f.effectiveOn = d.effectiveOn() == null ? "" : d.effectiveOn().toString();
        f.title = nonNull(d.title());
        f.summary = nonNull(d.summary());
        f.topic = nonNull(d.topic());
        f.scope = d.scope().name();
        f.organization = nonNull(organizationCode);
        return f;
    }

    /** The metadata, or the date fields' errors, each naming its field. */
    DocumentMetadata metadata(MessageSource messages) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate issued = date("issuedOn", issuedOn, messages, errors);
        LocalDate effective = date("effectiveOn", effectiveOn, messages, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new DocumentMetadata(number, type, issuer, signer, issued, effective, title, summary, topic);
    }

    Visibility visibility() {
        return "ORGANIZATION".equals(scope) ? Visibility.organization(organization) : new Visibility(Scope.ALL, null);
    }

    /** A date typed as day/month/year (or sent by a date picker), read strictly: 31/02/2020 is refused. */
    private static LocalDate date(String field, String value, MessageSource messages, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Optional<LocalDate> date = TypedDates.date(value);
        if (date.isEmpty()) {
            errors.add(new FieldError(field, "DATE_INVALID", Messages.get(messages, "library.error.DATE_INVALID",
                    Messages.get(messages, "library.field." + field), value.strip())));
        }
        return date.orElse(null);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getIssuer() { return issuer; }
    public void setIssuer(String issuer) { this.issuer = issuer; }
    public String getSigner() { return signer; }
    public void setSigner(String signer) { this.signer = signer; }
    public String getIssuedOn() { return issuedOn; }
    public void setIssuedOn(String issuedOn) { this.issuedOn = issuedOn; }
    public String getEffectiveOn() { return effectiveOn; }
    public void setEffectiveOn(String effectiveOn) { this.effectiveOn = effectiveOn; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getTopic() { return topic; }
    public void setTopic(String topic) { this.topic = topic; }
    public String getScope() { return scope; }
    public void setScope(String scope) { this.scope = scope; }
    public String getOrganization() { return organization; }
    public void setOrganization(String organization) { this.organization = organization; }
    public boolean isPublish() { return publish; }
    public void setPublish(boolean publish) { this.publish = publish; }
}
