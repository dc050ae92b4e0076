/** The password policy: one small class per rule, Unicode-aware, configured by {@link vn.sotay.account.password.PasswordSettings}. */
package vn.sotay.account.password;
