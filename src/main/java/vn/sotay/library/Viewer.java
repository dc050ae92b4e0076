package vn.sotay.library;

import java.util.List;

/**
 * Who is reading, as the access rule of every document query needs it: the paths of the member's organisation
 * and of its ancestors ({@code lineage}: internal documents of these are readable), whether the reader is an office
 * admin (sees and edits everything), and the subtree prefix a unit admin edits ({@link #NOWHERE} when none) with the
 * id of that organisation.
 */
public record Viewer(long accountId, String username, List<String> lineage, boolean office, String editorPrefix,
        Long unitOrganizationId) {

    /** A path prefix no organisation has. */
    public static final String NOWHERE = "/nowhere/";

    public boolean editor() {
        return office || !(NOWHERE + "%").equals(editorPrefix);
    }
}
