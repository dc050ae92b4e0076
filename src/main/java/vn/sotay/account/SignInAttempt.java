package vn.sotay.account;

/**
 * One sign-in attempt.
 *
 * @param channel      {@code web} or {@code api}, for the audit log
 * @param deviceCookie the signed device cookie the browser sent, or null
 */
public record SignInAttempt(String username, String password, String clientAddress, String deviceCookie, String channel) {

    @Override
    public String toString() {
        return "SignInAttempt[" + username + ", " + clientAddress + ", " + channel + "]";
    }
}
