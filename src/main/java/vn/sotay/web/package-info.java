/** Layout, error pages, security, locale and htmx configuration; no business logic. */
package vn.sotay.web;
