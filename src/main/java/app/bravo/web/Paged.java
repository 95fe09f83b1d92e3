package app.bravo.web;

import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import io.quarkus.qute.TemplateData;

/** One page of a list, counted from 1. */
@TemplateData
public record Paged<T>(List<T> items, int page, int size, long total) {

    public static <T> Paged<T> of(PanacheQuery<T> query, int page, int size) {
        long total = query.count();
        int lastPage = (int) Math.max(1, (total + size - 1) / size);
        int current = Math.min(Math.max(1, page), lastPage);
        List<T> items = query.page(Page.of(current - 1, size)).list();
        return new Paged<>(items, current, size, total);
    }

    /** A page number from a query string: anything missing or odd means the first page. */
    public static int pageNumber(String text) {
        try {
            return text == null ? 1 : Math.max(1, Integer.parseInt(text.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages();
    }
}
