package vn.sotay.account;

/**
 * A search of the admins' account list.
 *
 * @param text         part of the name or card number, with or without diacritics
 * @param organization an organisation code: its whole subtree
 * @param status       a status, or null for any
 */
public record AccountQuery(String text, String organization, AccountSummary.Status status) {
}
