package vn.sotay.library;

import java.util.Collection;
import java.util.Set;

/** Which documents a member has bookmarked; implemented by the bookmark module, so that cards show the state. */
public interface DocumentMarks {

    Set<Long> markedAmong(long accountId, Collection<Long> documentIds);
}
