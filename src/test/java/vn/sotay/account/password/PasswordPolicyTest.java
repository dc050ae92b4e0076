package vn.sotay.account.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {

    private final PasswordPolicy seedPolicy = new PasswordPolicy(new PasswordSettings(8, 128, true, true, true, true, true));

    private List<String> codes(String password, String username) {
        return seedPolicy.violations(Passwords.normalize(password), username).stream().map(PasswordRule::code).toList();
    }

    @Test
    void aPasswordMeetingEverySeedRuleIsAccepted() {
        assertThat(codes("Sotay@2026", "01234567")).isEmpty();
    }

    @Test
    void vietnameseLettersCountAsUpperAndLowerCase() {
        assertThat(codes("Mậtkhẩu1!", "01234567")).isEmpty();
        assertThat(codes("ĐẢNGVIÊN1!", "01234567")).containsExactly("NO_LOWERCASE");
        assertThat(codes("đảngviên1!", "01234567")).containsExactly("NO_UPPERCASE");
    }

    @ParameterizedTest
    @CsvSource({
            "Ab1!, TOO_SHORT",
            "abcdefg1!, NO_UPPERCASE",
            "ABCDEFG1!, NO_LOWERCASE",
            "Abcdefgh!, NO_DIGIT",
            "Abcdefgh1, NO_SPECIAL",
            "Xx!01234567, CONTAINS_USERNAME"})
    void eachBrokenRuleIsNamedOnce(String password, String code) {
        assertThat(codes(password, "01234567")).containsExactly(code);
    }

    @Test
    void aWeakPasswordGetsOneViolationPerBrokenRule() {
        assertThat(codes("abc", "01234567")).containsExactly("TOO_SHORT", "NO_UPPERCASE", "NO_DIGIT", "NO_SPECIAL");
    }

    @Test
    void lengthCountsCharactersNotBytesOrCombiningMarks() {
        String nfd = Normalizer.normalize("Mậtkhẩu1", Normalizer.Form.NFD);
        assertThat(nfd.length()).isGreaterThan(8);
        // "Mậtkhẩu1" is 8 characters once composed: it breaks only the special-character rule
        assertThat(codes(nfd, "x")).containsExactly("NO_SPECIAL");
        assertThat(codes("Mậtkhẩ1", "x")).contains("TOO_SHORT");
    }

    @Test
    void normalisationMakesNfdAndTrailingSpacesTheSamePassword() {
        String nfc = "Mậtkhẩu1!";
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(nfc);
        assertThat(Passwords.normalize(nfd)).isEqualTo(nfc);
        assertThat(Passwords.normalize("  " + nfc + " \t")).isEqualTo(nfc);
    }

    @Test
    void thePolicyIsConfigurable() {
        PasswordPolicy strict = new PasswordPolicy(new PasswordSettings(12, 64, true, true, true, false, false));
        assertThat(strict.violations("Sotay2026abc", "Sotay")).isEmpty();
        assertThat(strict.violations("Sotay2026", "x")).extracting(PasswordRule::code).containsExactly("TOO_SHORT");
        PasswordPolicy lenient = new PasswordPolicy(new PasswordSettings(4, 64, false, false, false, false, false));
        assertThat(lenient.violations("abcd", "x")).isEmpty();
    }

    @Test
    void liveHintsReportEveryRuleMetOrNot() {
        List<RuleCheck> hints = seedPolicy.evaluate("Abcdefgh", "01234567");
        assertThat(hints).extracting(h -> h.rule().code() + "=" + h.met()).containsExactly(
                "TOO_SHORT=true", "TOO_LONG=true", "NO_UPPERCASE=true", "NO_LOWERCASE=true",
                "NO_DIGIT=false", "NO_SPECIAL=false", "CONTAINS_USERNAME=true");
    }
}
