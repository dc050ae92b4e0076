package vn.sotay.search.internal;

/** Names of the fields of the document index, shared by the mapping and the queries. */
public final class DocumentFields {

    public static final String TITLE = "title";
    public static final String TITLE_FOLDED = "title_folded";
    public static final String SUMMARY = "summary";
    public static final String SUMMARY_FOLDED = "summary_folded";
    public static final String META = "meta";
    public static final String META_FOLDED = "meta_folded";
    public static final String CONTENT = "content";
    public static final String CONTENT_FOLDED = "content_folded";
    public static final String NUMBER = "number";
    public static final String NUMBER_KEY = "number_key";
    public static final String NUMBER_TEXT = "number_text";
    public static final String TYPE = "type";
    public static final String ISSUER = "issuer";
    public static final String YEAR = "year";
    public static final String ISSUED_ON = "issued_on";
    public static final String TOPICS = "topics";
    public static final String STATUS = "status";
    public static final String SCOPE = "scope";
    public static final String ORG_PATH = "org_path";
    public static final String TITLE_KEY = "title_key";
    /** The document's id, sortable: the last key of every sort, so that ties come in the same order on both backends. */
    public static final String ID = "doc_id";

    private DocumentFields() {
    }
}
