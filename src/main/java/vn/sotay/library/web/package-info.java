/** Pages and JSON API of the library: browse, document page, viewer, downloads, editors. */
package vn.sotay.library.web;
