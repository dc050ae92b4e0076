package vn.sotay.organization;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sotay.organization.OrganizationEvents.OrganizationCreated;
import vn.sotay.organization.OrganizationEvents.OrganizationMoved;
import vn.sotay.organization.OrganizationEvents.OrganizationRenamed;
import vn.sotay.shared.FieldError;
import vn.sotay.shared.Messages;
import vn.sotay.shared.NotFoundException;
import vn.sotay.shared.ValidationException;

/**
 * The office's changes to the organisation tree: create, rename, move (with the whole subtree) and import.
 * Bad input gives a {@link ValidationException} with one Vietnamese message per problem, and nothing changes.
 */
@Service
@Transactional
public class OrganizationManagement {

    private final Organizations organizations;
    private final TreeImport treeImport;
    private final MessageSource messages;
    private final ApplicationEventPublisher events;

    OrganizationManagement(Organizations organizations, TreeImport treeImport, MessageSource messages,
            ApplicationEventPublisher events) {
        this.organizations = organizations;
        this.treeImport = treeImport;
        this.messages = messages;
        this.events = events;
    }

    /** Creates an organisation under {@code parentCode}, or at the root when that is blank. */
    public OrganizationEntry create(String code, String name, String parentCode) {
        List<FieldError> errors = new ArrayList<>();
        String cleanCode = OrganizationRules.code(code);
        check(errors, "code", OrganizationRules.codeProblem(cleanCode), OrganizationRules.MAX_CODE_LENGTH);
        if (errors.isEmpty() && organizations.findByCode(cleanCode).isPresent()) {
            errors.add(error("code", "CODE_TAKEN", cleanCode));
        }
        String cleanName = checkedName(name, errors);
        Organization parent = checkedParent(null, parentCode, errors);
        throwIfAny(errors);
        Organization created = organizations.saveAndFlush(new Organization(cleanCode, cleanName));
        created.placeUnder(parent);
        String parentOut = parent == null ? null : parent.getCode();
        events.publishEvent(new OrganizationCreated(cleanCode, cleanName, parentOut));
        return new OrganizationEntry(cleanCode, cleanName, parentOut);
    }

    public OrganizationEntry rename(String code, String newName) {
        Organization organization = existing(code);
        List<FieldError> errors = new ArrayList<>();
        String name = checkedName(newName, errors);
        throwIfAny(errors);
        applyName(organization, name);
        return OrganizationEntry.of(organization, organizations);
    }

    /** Moves the organisation and its whole subtree under {@code newParentCode}, or to the root when blank. */
    public OrganizationEntry move(String code, String newParentCode) {
        Organization organization = existing(code);
        List<FieldError> errors = new ArrayList<>();
        Organization parent = checkedParent(organization, newParentCode, errors);
        throwIfAny(errors);
        applyParent(organization, parent);
        return OrganizationEntry.of(organization, organizations);
    }

    /** Sets both name and parent (blank = root); checks both before changing either. */
    public OrganizationEntry update(String code, String name, String parentCode) {
        Organization organization = existing(code);
        List<FieldError> errors = new ArrayList<>();
        String cleanName = checkedName(name, errors);
        Organization parent = checkedParent(organization, parentCode, errors);
        throwIfAny(errors);
        applyName(organization, cleanName);
        applyParent(organization, parent);
        return OrganizationEntry.of(organization, organizations);
    }

    /** Imports a CSV tree file; all or nothing. The summary lists every problem by row and column. */
    public ImportSummary importCsv(String fileName, InputStream content) {
        try (InputStream in = content) {
            return treeImport.run(fileName, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Organization existing(String code) {
        return Optional.ofNullable(OrganizationRules.code(code)).flatMap(organizations::findByCode)
                .orElseThrow(() -> new NotFoundException("organization"));
    }

    private String checkedName(String raw, List<FieldError> errors) {
        String name = OrganizationRules.name(raw);
        check(errors, "name", OrganizationRules.nameProblem(name), OrganizationRules.MAX_NAME_LENGTH);
        return name;
    }

    /** The new parent ({@code null} for the root) of {@code moving} ({@code null} when creating). */
    private Organization checkedParent(Organization moving, String parentCode, List<FieldError> errors) {
        String code = OrganizationRules.code(parentCode);
        if (code == null) {
            return null;
        }
        Organization parent = organizations.findByCode(code).orElse(null);
        if (parent == null) {
            errors.add(error("parent", "PARENT_UNKNOWN", code));
        } else if (moving != null && moving.contains(parent)) {
            errors.add(error("parent", "PARENT_INSIDE", moving.getCode(), code));
        } else if (parent.getDepth() + 1 + height(moving) >= OrganizationRules.MAX_DEPTH) {
            errors.add(error("parent", "TOO_DEEP", OrganizationRules.MAX_DEPTH));
        }
        return parent;
    }

    /** Levels of the subtree below {@code organization}: 0 for a leaf or when creating. */
    private int height(Organization organization) {
        if (organization == null) {
            return 0;
        }
        return organizations.findSubtree(organization.getPath()).stream()
                .mapToInt(o -> o.getDepth() - organization.getDepth()).max().orElse(0);
    }

    private void applyName(Organization organization, String name) {
        if (!organization.getName().equals(name)) {
            events.publishEvent(new OrganizationRenamed(organization.getCode(), organization.getName(), name));
            organization.rename(name);
        }
    }

    private void applyParent(Organization organization, Organization parent) {
        Long parentId = parent == null ? null : parent.getId();
        if (Objects.equals(organization.getParentId(), parentId)) {
            return;
        }
        String oldParent = organizations.parentCode(organization);
        List<Organization> subtree = organizations.findSubtree(organization.getPath());
        Map<Long, Organization> byId = subtree.stream()
                .collect(Collectors.toMap(Organization::getId, Function.identity()));
        organization.placeUnder(parent);
        subtree.stream().filter(o -> o != organization).forEach(o -> o.placeUnder(byId.get(o.getParentId())));
        String newParent = parent == null ? null : parent.getCode();
        events.publishEvent(new OrganizationMoved(organization.getCode(), oldParent, newParent));
    }

    private void check(List<FieldError> errors, String field, String problem, int limit) {
        if (problem != null) {
            errors.add(error(field, problem, limit));
        }
    }

    private FieldError error(String field, String code, Object... args) {
        return new FieldError(field, code, Messages.get(messages, "organization.error." + code, args));
    }

    private static void throwIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
