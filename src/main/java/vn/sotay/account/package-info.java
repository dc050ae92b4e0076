/** Accounts, sign-in, passwords (policy, change, reset), API tokens and sign-in throttling. */
package vn.sotay.account;
