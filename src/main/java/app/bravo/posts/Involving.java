package app.bravo.posts;

import java.util.List;

/** An input that names the people and teams a post is about, and the service standards it shows. */
interface Involving {

    List<Long> recipientIds();

    List<Long> teamIds();

    List<Long> behaviourIds();

    default List<Long> recipients() {
        return distinct(recipientIds());
    }

    default List<Long> teams() {
        return distinct(teamIds());
    }

    default List<Long> behaviours() {
        return distinct(behaviourIds());
    }

    static List<Long> distinct(List<Long> ids) {
        return ids == null ? List.of() : ids.stream().distinct().toList();
    }
}
