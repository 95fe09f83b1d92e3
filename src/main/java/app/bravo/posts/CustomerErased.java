package app.bravo.posts;

import java.util.List;

/**
 * Fired (a synchronous CDI event) inside {@link PostService#eraseCustomer}'s transaction with the names and
 * contacts being erased, so features that keep other customer texts cut them in the same transaction (a failing
 * observer rolls the whole erasure back). Observers cut with {@link PostService#cutNames} and find the rows with
 * {@link PostService#likeAnywhere}, as the posts do.
 *
 * @param names the customer's name and contacts as typed and as the praises held them, each at least
 *        {@link PostService#MIN_ERASED} characters long
 */
public record CustomerErased(List<String> names) {
}
