package app.bravo.posts;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import app.bravo.config.ConfigCheck;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Posts written before the board had word search (migration V9), or by a writer that skipped the service, get
 * their search text at start, in batches, each in its own transaction. Every indexed post has a search text,
 * so a later start finds nothing to do.
 */
@ApplicationScoped
public class PostSearchBackfill {

    private static final Logger LOG = Logger.getLogger(PostSearchBackfill.class);
    static final int BATCH = 200;

    /** After the demo data (which writes posts) so a first demo start is indexed too. */
    void onStart(@Observes @Priority(ConfigCheck.FIRST + 30) StartupEvent event) {
        long done = 0;
        for (int indexed = BATCH; indexed == BATCH; done += indexed) {
            indexed = QuarkusTransaction.requiringNew().call(PostSearchBackfill::indexBatch);
        }
        if (done > 0) {
            LOG.infof("Indexed the search text of %d posts", done);
        }
    }

    private static int indexBatch() {
        List<Post> posts = Post.getEntityManager().createQuery(
                "select p from Post p join fetch p.author where p.searchText is null order by p.id", Post.class)
                .setMaxResults(BATCH).getResultList();
        posts.forEach(PostService::index);
        return posts.size();
    }
}
