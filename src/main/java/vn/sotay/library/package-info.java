/** The library: Party documents and internal documents with their files, topics, access rule, viewing and download. */
package vn.sotay.library;
