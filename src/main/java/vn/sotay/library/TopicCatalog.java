package vn.sotay.library;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sotay.shared.Texts;

/** The chuyên mục tree: lists it, and finds or creates a topic from its full name "Cha / Con". */
@Service
@Transactional(readOnly = true)
public class TopicCatalog {

    static final String SEPARATOR = " / ";

    private final Topics topics;
    private final Clock clock;
    private volatile Tree cached;
    private volatile Instant cachedUntil = Instant.MIN;

    TopicCatalog(Topics topics, Clock clock) {
        this.topics = topics;
        this.clock = clock;
    }

    /** The topics in tree order, and for each the ids from its root down to itself. */
    private record Tree(List<TopicView> views, Map<Long, List<Long>> lineage) {
    }

    /** Every topic in tree order, with full names (kept for a minute). */
    public List<TopicView> tree() {
        return current().views();
    }

    /** The topics among {@code used} and their ancestors, in tree order: a filter offers nothing it cannot find. */
    public List<TopicView> covering(Collection<Long> used) {
        Tree tree = current();
        Set<Long> wanted = new HashSet<>();
        used.forEach(id -> wanted.addAll(tree.lineage().getOrDefault(id, List.of())));
        return tree.views().stream().filter(t -> wanted.contains(t.id())).toList();
    }

    private Tree current() {
        Instant now = clock.instant();
        Tree current = cached;
        if (current == null || cachedUntil.isBefore(now)) {
            current = load();
            cached = current;
            cachedUntil = now.plusSeconds(60);
        }
        return current;
    }

    private Tree load() {
        Map<Long, String> names = new HashMap<>();
        Map<Long, List<Long>> lineage = new HashMap<>();
        List<TopicView> result = new ArrayList<>();
        for (Topic t : topics.findAllByOrderByPathAsc()) {
            String parent = t.getParentId() == null ? null : names.get(t.getParentId());
            String full = parent == null ? t.getName() : parent + SEPARATOR + t.getName();
            names.put(t.getId(), full);
            lineage.put(t.getId(), Arrays.stream(t.getPath().split("/")).filter(p -> !p.isEmpty()).map(Long::valueOf).toList());
            result.add(new TopicView(t.getId(), t.getName(), full, t.getPath().split("/").length - 2));
        }
        return new Tree(result, lineage);
    }

    /** The ids of the topic and every topic below it. */
    List<Long> subtree(long topicId) {
        return topics.findById(topicId).map(t -> topics.subtreeIds(t.getPath())).orElse(List.of(-1L));
    }

    /** The id of the topic named {@code fullName} ("Cha / Con"), created with its parents when missing; null when blank. */
    @Transactional
    Long resolve(String fullName) {
        String value = Texts.nfcTrim(fullName);
        if (value == null || value.isEmpty()) {
            return null;
        }
        Topic parent = null;
        for (String part : value.split("\\s*/\\s*")) {
            if (part.isBlank()) {
                continue;
            }
            Long parentId = parent == null ? null : parent.getId();
            Topic found = topics.findChild(part, parentId).orElse(null);
            if (found == null) {
                found = topics.saveAndFlush(new Topic(part, parentId, clock.instant()));
                found.placeUnder(parent);
                cached = null;
            }
            parent = found;
        }
        return parent == null ? null : parent.getId();
    }

    /** The full name of a topic, for the document page and the edit form. */
    String fullName(Long topicId) {
        if (topicId == null) {
            return null;
        }
        return tree().stream().filter(t -> t.id() == topicId).map(TopicView::fullName).findFirst().orElse(null);
    }
}
