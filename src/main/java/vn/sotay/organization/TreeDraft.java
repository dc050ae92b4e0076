package vn.sotay.organization;

import static vn.sotay.organization.ImportColumn.PARENT;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tree as an import would leave it: the stored organisations, with the file's rows deciding the parent of
 * every code they name. Checks that tree before anything is written, then places every organisation in it.
 */
final class TreeDraft {

    private final Map<String, Organization> byCode = new HashMap<>();
    private final Map<Long, Organization> byId = new HashMap<>();
    private final Map<String, ImportRow> rows = new LinkedHashMap<>();
    private final Map<String, Integer> depths = new HashMap<>();

    TreeDraft(Collection<Organization> stored, List<ImportRow> fileRows) {
        stored.forEach(this::add);
        fileRows.stream().filter(r -> r.code() != null).forEach(r -> rows.putIfAbsent(r.code(), r));
    }

    void add(Organization organization) {
        byCode.put(organization.getCode(), organization);
        byId.put(organization.getId(), organization);
    }

    Organization stored(String code) {
        return byCode.get(code);
    }

    /** The code of the parent the organisation has in the database, {@code null} at the root. */
    String storedParent(Organization organization) {
        Organization parent = organization.getParentId() == null ? null : byId.get(organization.getParentId());
        return parent == null ? null : parent.getCode();
    }

    /** The code of the parent after the import, {@code null} at the root. */
    String parentOf(String code) {
        ImportRow row = rows.get(code);
        if (row != null) {
            return row.parent();
        }
        Organization stored = byCode.get(code);
        return stored == null ? null : storedParent(stored);
    }

    /** Levels above the organisation after the import: 0 at the root. Valid once {@link #check} found no error. */
    int depth(String code) {
        List<String> chain = new ArrayList<>();
        String current = code;
        while (current != null && !depths.containsKey(current)) {
            chain.add(current);
            current = parentOf(current);
        }
        int depth = current == null ? -1 : depths.get(current);
        for (int i = chain.size() - 1; i >= 0; i--) {
            depths.put(chain.get(i), ++depth);
        }
        return depths.get(code);
    }

    /**
     * Reports parents that exist nowhere, cycles, and a tree deeper than {@link OrganizationRules#MAX_DEPTH}; rows
     * without a code are left out, and a parent code that is itself malformed was reported when the file was read.
     */
    void check(ImportIssues issues) {
        for (ImportRow row : rows.values()) {
            if (row.code().equals(row.parent())) {
                issues.cellError(row.row(), PARENT, "PARENT_SELF", row.code());
            } else if (row.parent() != null && OrganizationRules.codeProblem(row.parent()) == null
                    && !rows.containsKey(row.parent()) && !byCode.containsKey(row.parent())) {
                issues.cellError(row.row(), PARENT, "PARENT_UNKNOWN", row.parent());
            }
        }
        if (!checkCycles(issues)) {
            checkDepth(issues);
        }
    }

    /** Whether a cycle was found; one of a single row, its own parent, was reported as PARENT_SELF. */
    private boolean checkCycles(ImportIssues issues) {
        boolean found = false;
        Set<String> done = new HashSet<>();
        for (String start : rows.keySet()) {
            Map<String, Integer> trail = new LinkedHashMap<>();
            String code = start;
            while (code != null && !done.contains(code) && !trail.containsKey(code)) {
                trail.put(code, trail.size());
                code = parentOf(code);
            }
            if (code != null && trail.containsKey(code)) {
                List<String> path = new ArrayList<>(trail.keySet());
                reportCycle(path.subList(trail.get(code), path.size()), issues);
                found = true;
            }
            done.addAll(trail.keySet());
        }
        return found;
    }

    /** Reports each row of the cycle, the chain shown from that row's organisation upwards. */
    private void reportCycle(List<String> cycle, ImportIssues issues) {
        if (cycle.size() == 1) {
            return;
        }
        for (int i = 0; i < cycle.size(); i++) {
            ImportRow row = rows.get(cycle.get(i));
            if (row != null) {
                List<String> chain = new ArrayList<>(cycle.subList(i, cycle.size()));
                chain.addAll(cycle.subList(0, i + 1));
                issues.cellError(row.row(), PARENT, "CYCLE", row.code(), row.parent(), String.join(" → ", chain));
            }
        }
    }

    private void checkDepth(ImportIssues issues) {
        Set<String> reported = new HashSet<>();
        for (String code : allCodes()) {
            if (depth(code) >= OrganizationRules.MAX_DEPTH) {
                String responsible = code;
                while (responsible != null && !rows.containsKey(responsible)) {
                    responsible = parentOf(responsible);
                }
                ImportRow row = rows.get(responsible);
                if (row != null && reported.add(responsible)) {
                    issues.cellError(row.row(), PARENT, "TOO_DEEP", row.code(), OrganizationRules.MAX_DEPTH);
                }
            }
        }
    }

    private Set<String> allCodes() {
        Set<String> codes = new HashSet<>(byCode.keySet());
        codes.addAll(rows.keySet());
        return codes;
    }

    /** Gives every organisation the path and depth of its place after the import, roots first. */
    void placeAll() {
        Map<String, List<Organization>> children = new HashMap<>();
        Deque<Organization> queue = new ArrayDeque<>();
        for (Organization o : byCode.values()) {
            String parent = parentOf(o.getCode());
            if (parent == null) {
                queue.add(o);
            } else {
                children.computeIfAbsent(parent, p -> new ArrayList<>()).add(o);
            }
        }
        queue.forEach(root -> root.placeUnder(null));
        while (!queue.isEmpty()) {
            Organization parent = queue.poll();
            for (Organization child : children.getOrDefault(parent.getCode(), List.of())) {
                child.placeUnder(parent);
                queue.add(child);
            }
        }
    }
}
