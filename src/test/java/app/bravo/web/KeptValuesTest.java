package app.bravo.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Kept values (the board's, the pulse's): never older than a change, loaded once however many readers ask at once. */
class KeptValuesTest {

    private static final long TTL = 1_000;

    private final AtomicLong generation = new AtomicLong();
    private final AtomicLong clock = new AtomicLong();
    private final AtomicInteger loads = new AtomicInteger();
    /** How often the generation was read: a reader reads it first thing, so this tells that one has arrived. */
    private final AtomicInteger generationReads = new AtomicInteger();
    private final KeptValues kept = new KeptValues(10, () -> {
        generationReads.incrementAndGet();
        return generation.get();
    }, clock::get);
    private final ExecutorService pool = Executors.newFixedThreadPool(4);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private String load(String value) {
        loads.incrementAndGet();
        return value;
    }

    @Test
    void aValueIsKeptUntilAChangeOrItsTimeIsUp() {
        assertEquals("v1", kept.get("k", TTL, () -> load("v1")));
        assertEquals("v1", kept.get("k", TTL, () -> load("v2")));
        assertEquals(1, loads.get());

        generation.incrementAndGet();
        assertEquals("v2", kept.get("k", TTL, () -> load("v2")), "a change is never hidden");

        clock.addAndGet(TTL);
        assertEquals("v3", kept.get("k", TTL, () -> load("v3")), "nobody else was loading: read again");
        assertEquals(3, loads.get());
    }

    @Test
    void aValueReadWhileTheGenerationMovedIsNotKept() {
        assertEquals("during", kept.get("k", TTL, () -> {
            generation.incrementAndGet();
            return load("during");
        }));
        assertEquals("after", kept.get("k", TTL, () -> load("after")));
        assertEquals(2, loads.get());
    }

    @Test
    void afterAChangeReadersWaitForOneLoad() throws Exception {
        kept.get("k", TTL, () -> load("old"));
        generation.incrementAndGet();
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<String> first = pool.submit(() -> kept.get("k", TTL, () -> {
            loading.countDown();
            await(release);
            return load("new");
        }));
        loading.await(5, TimeUnit.SECONDS);
        Future<String> second = pool.submit(() -> kept.get("k", TTL, () -> load("second's own")));
        Thread.sleep(100); // the second reader is now waiting for the first's load
        release.countDown();

        assertEquals("new", first.get(5, TimeUnit.SECONDS));
        assertEquals("new", second.get(5, TimeUnit.SECONDS), "not the old value, and not a load of its own");
        assertEquals(2, loads.get(), "old, then new once");
    }

    @Test
    void underASteadyStreamOfChangesAWaitingReaderTakesTheLoadItWaitedFor() throws Exception {
        kept.get("k", TTL, () -> load("old"));
        generation.incrementAndGet();
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<String> first = pool.submit(() -> kept.get("k", TTL, () -> {
            loading.countDown();
            await(release);
            generation.incrementAndGet(); // another change while it was read
            return load("new");
        }));
        loading.await(5, TimeUnit.SECONDS);
        int readsBefore = generationReads.get();
        Future<String> second = pool.submit(() -> kept.get("k", TTL, () -> load("second's own")));
        while (generationReads.get() == readsBefore) {
            Thread.onSpinWait(); // until the second reader has seen the first change
        }
        release.countDown();

        assertEquals("new", first.get(5, TimeUnit.SECONDS));
        assertEquals("new", second.get(5, TimeUnit.SECONDS), "read after the change it saw: taken, not loaded again");
        assertEquals("newer", kept.get("k", TTL, () -> load("newer")), "a reader after the second change loads");
        assertEquals(3, loads.get());
    }

    @Test
    void whenOnlyTimeIsUpOtherReadersKeepTheLastCopyWhileOneLoads() throws Exception {
        kept.get("k", TTL, () -> load("old"));
        clock.addAndGet(TTL);
        CountDownLatch loading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<String> first = pool.submit(() -> kept.get("k", TTL, () -> {
            loading.countDown();
            await(release);
            return load("new");
        }));
        loading.await(5, TimeUnit.SECONDS);

        assertEquals("old", pool.submit(() -> kept.get("k", TTL, () -> load("second's own"))).get(5, TimeUnit.SECONDS),
                "answered at once from the last copy");
        release.countDown();
        assertEquals("new", first.get(5, TimeUnit.SECONDS));
        assertEquals("new", kept.get("k", TTL, () -> load("later")));
        assertEquals(2, loads.get());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
