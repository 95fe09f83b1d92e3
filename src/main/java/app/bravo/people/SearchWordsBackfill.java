package app.bravo.people;

import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import app.bravo.config.ConfigCheck;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * People recorded before the directory had search words (migration V5) get theirs at the first start after
 * it, in batches, each in its own transaction. Everyone has at least one word (the e-mail address has some),
 * so "no words" means "not yet indexed", and a later start finds nothing to do. Two instances starting at once
 * may race on a batch: the loser's insert fails on the primary key, is logged, and the next start finishes.
 */
@ApplicationScoped
public class SearchWordsBackfill {

    private static final Logger LOG = Logger.getLogger(SearchWordsBackfill.class);
    static final int BATCH = 500;

    void onStart(@Observes @Priority(ConfigCheck.FIRST + 5) StartupEvent event) {
        long done = 0;
        long[] lastId = { 0 };
        try {
            for (int indexed = BATCH; indexed == BATCH; done += indexed) {
                indexed = QuarkusTransaction.requiringNew().call(() -> indexBatch(lastId));
            }
        } catch (RuntimeException raced) {
            LOG.warnf("Indexing the directory's search words stopped after %d people (%s); the next start goes on",
                    done, raced.getMessage());
        }
        if (done > 0) {
            LOG.infof("Indexed the search words of %d people", done);
        }
    }

    /** One batch after {@code lastId[0]}, which it moves on (so a person with no words is not met again). */
    private static int indexBatch(long[] lastId) {
        List<Person> people = Person.getEntityManager().createQuery("""
                select p from Person p left join fetch p.team where p.id > :after
                and not exists (select 1 from PersonTerm t where t.personId = p.id) order by p.id""", Person.class)
                .setParameter("after", lastId[0]).setMaxResults(BATCH).getResultList();
        people.forEach(Person::refreshTerms);
        if (!people.isEmpty()) {
            lastId[0] = people.get(people.size() - 1).id;
        }
        return people.size();
    }
}
