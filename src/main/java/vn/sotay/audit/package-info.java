/** The audit log: records every {@link vn.sotay.shared.AuditedEvent} and shows it to the office admins. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package vn.sotay.audit;
