/** Account provisioning: units' member lists (XLSX, CSV), validation reports, review, and bulk issuance of accounts. */
package vn.sotay.provisioning;
