package vn.sotay.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.sotay.shared.AuditedEvent;

/**
 * Writes every {@link AuditedEvent} to the audit log, synchronously. Inside the caller's (writable) transaction the
 * line is part of it: if it cannot be written, the action is rolled back rather than left unaudited. Outside one it
 * is written in its own transaction, and a failure is logged as an error.
 */
@Component
class AuditLog {

    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);
    private static final String NOBODY = "-";

    private final AuditEntries entries;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    AuditLog(AuditEntries entries, PlatformTransactionManager transactions, Clock clock) {
        this.entries = entries;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @EventListener
    void record(AuditedEvent event) {
        AuditEntry entry = new AuditEntry(clock.instant(), cut(event.action(), 60), cut(actorOf(event), 64),
                cut(event.target(), 200), cut(addressOf(event), 64), cut(event.details(), 2000));
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && !TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            entries.save(entry);
            return;
        }
        try {
            ownTransaction.executeWithoutResult(status -> entries.save(entry));
        } catch (RuntimeException e) {
            LOG.error("Could not write the audit log line {} by {}", entry.getAction(), entry.getActor(), e);
        }
    }

    private static String actorOf(AuditedEvent event) {
        if (event.actor() != null) {
            return event.actor();
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || auth.getName() == null) {
            return NOBODY;
        }
        return auth.getName();
    }

    private static String addressOf(AuditedEvent event) {
        if (event.clientAddress() != null) {
            return event.clientAddress();
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }
}
