/** Pages, htmx fragments and JSON API of bookmarks and recently viewed documents. */
package vn.sotay.bookmark.web;
