/** Where the bytes of files live: a content-addressed store behind {@link vn.sotay.library.storage.FileStore}. */
package vn.sotay.library.storage;
