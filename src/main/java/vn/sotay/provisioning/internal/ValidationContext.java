package vn.sotay.provisioning.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.sotay.organization.OrganizationView;

/**
 * What a list is checked against.
 *
 * @param cardPattern      the configured card number pattern
 * @param fixedDigits      the card number length when the pattern is "n digits" (for restoring lost zeros), else 0
 * @param allowed          organisations (by code) the uploading admin may issue accounts in
 * @param allCodes         every organisation code that exists
 * @param inScope          codes in the uploading admin's whole scope (to tell "outside the list" from "outside your scope")
 * @param defaultOrg       the organisation of rows without "Mã tổ chức", or null
 * @param existingCards    which of the given card numbers already have an account
 * @param existingEmails   which of the given (lower-case) e-mails an account already uses
 */
public record ValidationContext(
        Pattern cardPattern,
        int fixedDigits,
        Map<String, OrganizationView> allowed,
        Set<String> allCodes,
        Set<String> inScope,
        OrganizationView defaultOrg,
        Function<Collection<String>, Collection<String>> existingCards,
        Function<Collection<String>, Collection<String>> existingEmails,
        LocalDate today,
        int maxRows) {
}
