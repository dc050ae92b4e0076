/** The durable e-mail outbox: mails are stored in the transaction that caused them and sent over SMTP with retry. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "account", "shared" })
package vn.sotay.mail;
