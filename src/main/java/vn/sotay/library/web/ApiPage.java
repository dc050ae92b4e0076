package vn.sotay.library.web;

import java.util.List;
import org.springframework.data.domain.Page;

/** A page of results in the JSON API. */
record ApiPage<T>(List<T> items, int page, int size, long total, int totalPages) {

    static <T> ApiPage<T> of(Page<T> page) {
        return new ApiPage<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(), page.getTotalPages());
    }
}
