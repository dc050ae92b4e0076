/** Index mapping, Vietnamese analysis, queries, and the background text extraction (Tika, OCR) of the search module. */
package vn.sotay.search.internal;
