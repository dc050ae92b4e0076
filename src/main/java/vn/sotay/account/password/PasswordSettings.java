package vn.sotay.account.password;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The password policy ({@code sotay.password.*}); the defaults are the seed's rules.
 *
 * @param minLength        at least this many characters
 * @param maxLength        at most this many characters (bounds hashing work)
 * @param requireUppercase at least one upper-case letter (Vietnamese letters count)
 * @param requireLowercase at least one lower-case letter
 * @param requireDigit     at least one digit
 * @param requireSpecial   at least one character that is neither letter, digit nor space
 * @param rejectUsername   refuse a password that contains the account name (the card number)
 */
@ConfigurationProperties("sotay.password")
public record PasswordSettings(
        @DefaultValue("8") int minLength,
        @DefaultValue("128") int maxLength,
        @DefaultValue("true") boolean requireUppercase,
        @DefaultValue("true") boolean requireLowercase,
        @DefaultValue("true") boolean requireDigit,
        @DefaultValue("true") boolean requireSpecial,
        @DefaultValue("true") boolean rejectUsername) {
}
