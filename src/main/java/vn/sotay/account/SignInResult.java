package vn.sotay.account;

/**
 * What a sign-in attempt came to.
 *
 * @param principal    who signed in, when {@link Outcome#SUCCESS}
 * @param deviceCookie a fresh signed device cookie for the browser, when {@link Outcome#SUCCESS}
 */
public record SignInResult(Outcome outcome, AccountPrincipal principal, String deviceCookie) {

    public enum Outcome { SUCCESS, REFUSED, THROTTLED }

    static SignInResult success(AccountPrincipal principal, String deviceCookie) {
        return new SignInResult(Outcome.SUCCESS, principal, deviceCookie);
    }

    static SignInResult refused() {
        return new SignInResult(Outcome.REFUSED, null, null);
    }

    static SignInResult throttled() {
        return new SignInResult(Outcome.THROTTLED, null, null);
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCESS;
    }
}
