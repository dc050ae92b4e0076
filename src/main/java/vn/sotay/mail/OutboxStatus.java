package vn.sotay.mail;

/** Where a message is on its way: waiting (also between retries), claimed by a sender, delivered, or given up. */
public enum OutboxStatus {
    PENDING, SENDING, SENT, FAILED
}
