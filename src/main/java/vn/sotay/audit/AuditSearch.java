package vn.sotay.audit;

import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.sotay.shared.FieldError;
import vn.sotay.shared.Messages;
import vn.sotay.shared.Texts;
import vn.sotay.shared.TypedDates;
import vn.sotay.shared.ValidationException;

/** Reading the audit log: filters as typed on the page or the API, newest first, 50 lines a page. */
@Service
@Transactional(readOnly = true)
public class AuditSearch {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final int PAGE_SIZE = 50;
    private static final String LABEL_PREFIX = "audit.action.";

    private final AuditEntries entries;
    private final MessageSource messages;
    private final List<String> labelledActions;

    AuditSearch(AuditEntries entries, MessageSource messages) {
        this.entries = entries;
        this.messages = messages;
        this.labelledActions = labelledActions();
    }

    /**
     * Reads a filter as typed: blank parts match everything, dates as dd/MM/yyyy or yyyy-MM-dd.
     *
     * @throws ValidationException naming each date that cannot be read, or a range that ends before it starts
     */
    public AuditQuery query(String actor, String action, String from, String to) {
        return query(actor, action, from, to, null);
    }

    /** The same with a target, e.g. {@code document:42}: who downloaded that document. */
    public AuditQuery query(String actor, String action, String from, String to, String target) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate first = date("from", from, errors);
        LocalDate last = date("to", to, errors);
        if (first != null && last != null && last.isBefore(first)) {
            errors.add(new FieldError("to", "RANGE_REVERSED", Messages.get(messages, "audit.error.RANGE_REVERSED")));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String who = blankToNull(actor);
        String what = blankToNull(action);
        return new AuditQuery(who == null ? null : who.toLowerCase(Locale.ROOT),
                what == null ? null : what.toUpperCase(Locale.ROOT), first, last, blankToNull(target));
    }

    public Page<AuditView> search(AuditQuery query, int page) {
        List<Specification<AuditEntry>> parts = new ArrayList<>();
        if (query.actor() != null) {
            parts.add((e, q, cb) -> cb.equal(e.get("actor"), query.actor()));
        }
        if (query.action() != null) {
            parts.add((e, q, cb) -> cb.equal(e.get("action"), query.action()));
        }
        if (query.target() != null) {
            parts.add((e, q, cb) -> cb.equal(e.get("target"), query.target()));
        }
        if (query.from() != null) {
            parts.add((e, q, cb) -> cb.greaterThanOrEqualTo(e.get("occurredAt"),
                    query.from().atStartOfDay(VIETNAM).toInstant()));
        }
        if (query.to() != null) {
            parts.add((e, q, cb) -> cb.lessThan(e.get("occurredAt"),
                    query.to().plusDays(1).atStartOfDay(VIETNAM).toInstant()));
        }
        PageRequest pageable = PageRequest.of(Math.max(page, 0), PAGE_SIZE,
                Sort.by(Sort.Order.desc("occurredAt"), Sort.Order.desc("id")));
        return entries.findAll(Specification.allOf(parts), pageable).map(AuditView::of);
    }

    /** The action codes that have a label, labelled in {@code locale} and sorted by label. */
    public List<AuditActionLabel> actions(Locale locale) {
        Collator collator = Collator.getInstance(ULocale.forLocale(locale));
        return labelledActions.stream()
                .map(code -> new AuditActionLabel(code, messages.getMessage(LABEL_PREFIX + code, null, code, locale)))
                .sorted(Comparator.comparing(AuditActionLabel::label, collator))
                .toList();
    }

    private LocalDate date(String field, String value, List<FieldError> errors) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        Optional<LocalDate> date = TypedDates.date(text);
        if (date.isPresent()) {
            return date.get();
        }
        errors.add(new FieldError(field, "DATE_INVALID", Messages.get(messages, "audit.error.DATE_INVALID", text)));
        return null;
    }

    private static String blankToNull(String value) {
        String text = Texts.nfcTrim(value);
        return text == null || text.isEmpty() ? null : text;
    }

    private static List<String> labelledActions() {
        try {
            return PropertiesLoaderUtils.loadProperties(new EncodedResource(
                            new ClassPathResource("i18n/audit.properties"), StandardCharsets.UTF_8))
                    .stringPropertyNames().stream()
                    .filter(key -> key.startsWith(LABEL_PREFIX))
                    .map(key -> key.substring(LABEL_PREFIX.length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
