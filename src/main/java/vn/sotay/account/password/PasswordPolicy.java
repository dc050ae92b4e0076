package vn.sotay.account.password;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** The configured rules that every new password must meet, checked on the server. */
@Component
public class PasswordPolicy {

    private final List<PasswordRule> rules;
    private final PasswordSettings settings;

    public PasswordPolicy(PasswordSettings settings) {
        this.settings = settings;
        List<PasswordRule> list = new ArrayList<>();
        list.add(new MinLengthRule(settings.minLength()));
        list.add(new MaxLengthRule(settings.maxLength()));
        if (settings.requireUppercase()) {
            list.add(new UppercaseRule());
        }
        if (settings.requireLowercase()) {
            list.add(new LowercaseRule());
        }
        if (settings.requireDigit()) {
            list.add(new DigitRule());
        }
        if (settings.requireSpecial()) {
            list.add(new SpecialCharacterRule());
        }
        if (settings.rejectUsername()) {
            list.add(new NoUsernameRule());
        }
        this.rules = List.copyOf(list);
    }

    /** Every rule with whether the already normalised password meets it, in a stable order. */
    public List<RuleCheck> evaluate(String normalizedPassword, String username) {
        return rules.stream().map(r -> new RuleCheck(r, r.isMet(normalizedPassword, username))).toList();
    }

    /** The rules the already normalised password breaks; empty when it is acceptable. */
    public List<PasswordRule> violations(String normalizedPassword, String username) {
        return rules.stream().filter(r -> !r.isMet(normalizedPassword, username)).toList();
    }

    public PasswordSettings settings() {
        return settings;
    }
}
