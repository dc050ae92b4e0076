/** Suggestions API, the office admin's index page and the editors' extraction state fragment. */
package vn.sotay.search.web;
