package vn.sotay.mail;

/** The subject and plain-text body of one e-mail. */
public record MailContent(String subject, String body) {

    @Override
    public String toString() {
        return "MailContent[" + subject + "]";
    }
}
