/** Search: Vietnamese full-text search over documents' metadata and the text of their files, access rule in the query. */
package vn.sotay.search;
