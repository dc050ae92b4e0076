package vn.sotay.organization;

/** One data row of an imported file, cleaned; {@code parent} is {@code null} for a root. */
record ImportRow(int row, String code, String parent, String name) {
}
