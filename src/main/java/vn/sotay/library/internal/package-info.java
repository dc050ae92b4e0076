/** Typing files by content, previews, metadata proposals and the manifest reader of the library. */
package vn.sotay.library.internal;
