package vn.sotay.web;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import vn.sotay.account.SignIn;
import vn.sotay.account.SignInAttempt;
import vn.sotay.account.SignInResult;

/** The sign-in form's credentials checked by {@link SignIn}: one generic refusal whatever went wrong. */
class SignInAuthenticationProvider implements AuthenticationProvider {

    private final SignIn signIn;

    SignInAuthenticationProvider(SignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        SignInDetails details = authentication.getDetails() instanceof SignInDetails d ? d : new SignInDetails("unknown", null);
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        SignInResult result = signIn.authenticate(new SignInAttempt(authentication.getName(), password,
                details.clientAddress(), details.deviceCookie(), "web"));
        if (!result.succeeded()) {
            throw new BadCredentialsException("refused");
        }
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(result.principal(),
                null, AuthorityUtils.createAuthorityList(result.principal().roles()));
        token.setDetails(new IssuedDevice(details, result.deviceCookie()));
        return token;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The sign-in details plus the fresh device cookie to hand to the browser. */
    record IssuedDevice(SignInDetails details, String deviceCookie) implements java.io.Serializable {
    }
}
