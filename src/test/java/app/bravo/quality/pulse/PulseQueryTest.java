package app.bravo.quality.pulse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Set;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import app.bravo.quality.FeedbackReceived;
import app.bravo.quality.FeedbackScore;
import app.bravo.quality.FeedbackScore.Scale;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The pulse's figures from SQL sums against hand-computed fixtures: empty days filled in, the ISO week, team,
 * department and organisation scopes, NPS edges, the organisation's day, and the kept pulse. The fixtures live
 * in 2001 so the demo's (and other tests') recent feedback never mixes in.
 */
@QuarkusTest
class PulseQueryTest {

    /** A Wednesday; its ISO week starts Monday 12 March 2001. */
    static final LocalDate WEDNESDAY = LocalDate.of(2001, 3, 14);

    @Inject
    PulseService service;

    @Inject
    SessionFactory sessionFactory;

    @Inject
    Event<FeedbackReceived> received;

    @AfterEach
    void realClock() {
        service.useClock(Clock.systemUTC());
        service.clear();
    }

    @Test
    void aTeamsSeriesTodayAndWeekFromHandComputedScores() {
        long team = Feedback.team("Pulse fixtures");
        Feedback.scores(team, Scale.CSAT, WEDNESDAY, 5, 4, 3);
        Feedback.scores(team, Scale.NPS, WEDNESDAY, 9, 6, 7, 8);
        Feedback.scores(team, Scale.CSAT, WEDNESDAY.minusDays(2), 1);
        Feedback.scores(team, Scale.NPS, WEDNESDAY.minusDays(2), 10);
        Feedback.scores(team, Scale.CSAT, WEDNESDAY.minusDays(3), 5, 5); // Sunday: the week before
        Feedback.scores(team, Scale.CSAT, WEDNESDAY.minusDays(29), 2); // the series' first day
        Feedback.scores(team, Scale.CSAT, WEDNESDAY.minusDays(30), 5); // one day before it

        Pulse pulse = service.compute(PulseScope.team(team), 30, WEDNESDAY);
        assertEquals(30, pulse.days().size(), "every day, with or without scores");
        assertEquals(WEDNESDAY.minusDays(29), pulse.days().get(0).day());
        assertEquals(WEDNESDAY, pulse.days().get(29).day());
        assertEquals(0, pulse.days().get(0).csatPercent(), "the first day: one 2");
        Pulse.Day empty = pulse.days().get(28);
        assertTrue(empty.counts().isEmpty(), "Tuesday had no scores");
        assertNull(empty.csatPercent(), "no data, not 0");
        assertNull(empty.nps());

        // Today: CSAT 5, 4, 3 = 2 of 3 satisfied (67 %), average 4.0; NPS 9, 6, 7, 8 = 25 % - 25 % = 0.
        assertEquals(67, pulse.todayFigures().csatPercent());
        assertEquals(new BigDecimal("4.0"), pulse.todayFigures().csatAverage());
        assertEquals(0, pulse.todayFigures().nps());
        assertEquals(7, pulse.todayFigures().responses());
        // This week (Monday 12th to today): CSAT 1, 5, 4, 3 = 50 %; NPS 10, 9, 6, 7, 8 = 40 % - 20 % = 20.
        assertEquals(LocalDate.of(2001, 3, 12), pulse.weekStart());
        assertEquals(50, pulse.week().csatPercent());
        assertEquals(20, pulse.week().nps());
        assertEquals(9, pulse.week().responses());

        Pulse ninety = service.compute(PulseScope.team(team), 90, WEDNESDAY);
        assertEquals(90, ninety.days().size());
        assertEquals(100, ninety.days().get(59).csatPercent(), "the day before the 30 days is in the 90");
    }

    @Test
    void departmentAndOrganisationAddUpTheirTeams() {
        LocalDate day = LocalDate.of(2001, 5, 9);
        long first = Feedback.team("Pulse department A");
        long second = Feedback.teamBeside(first, "Pulse department B");
        long elsewhere = Feedback.team("Pulse elsewhere");
        Feedback.scores(first, Scale.CSAT, day, 5, 4, 3);
        Feedback.scores(second, Scale.CSAT, day, 5);
        Feedback.scores(elsewhere, Scale.CSAT, day, 1, 1, 1, 1);
        Long department = QuarkusTransaction.requiringNew()
                .call(() -> app.bravo.people.Team.<app.bravo.people.Team> findById(first).department.id);

        assertEquals(75, service.compute(PulseScope.department(department), 30, day).todayFigures().csatPercent(),
                "5, 4, 3, 5: 3 of 4");
        assertEquals(38, service.compute(PulseScope.ORG, 30, day).todayFigures().csatPercent(),
                "3 of 8 = 37.5 %, rounded half up");
        assertEquals(67, service.compute(PulseScope.team(first), 30, day).todayFigures().csatPercent());
    }

    @Test
    void npsEdgeValuesSixSevenEightNine() {
        LocalDate day = LocalDate.of(2001, 6, 6);
        long team = Feedback.team("Pulse NPS edges");
        Feedback.scores(team, Scale.NPS, day, 6);
        assertEquals(-100, service.compute(PulseScope.team(team), 30, day).todayFigures().nps(), "6 detracts");
        Feedback.scores(team, Scale.NPS, day, 7, 8);
        assertEquals(-33, service.compute(PulseScope.team(team), 30, day).todayFigures().nps(), "7, 8 passive");
        Feedback.scores(team, Scale.NPS, day, 9);
        assertEquals(0, service.compute(PulseScope.team(team), 30, day).todayFigures().nps(), "9 promotes");
        assertNull(service.compute(PulseScope.team(team), 30, day).todayFigures().csatPercent(), "no CSAT: no data");
    }

    @Test
    void theDayIsTheOrganisationsDayNotTheServers() {
        // 23:30 UTC on 14 March 2001 is 00:30 on the 15th in Belgrade (UTC+1 in winter).
        Instant lateEvening = LocalDate.of(2001, 3, 14).atTime(23, 30).toInstant(ZoneOffset.UTC);
        assertEquals(LocalDate.of(2001, 3, 15), FeedbackScore.dayOf(lateEvening, Feedback.ZONE));
        assertEquals(LocalDate.of(2001, 3, 14), FeedbackScore.dayOf(lateEvening, ZoneOffset.UTC));
        // Summer time: 22:30 UTC on 1 July is 00:30 on 2 July (UTC+2).
        assertEquals(LocalDate.of(2001, 7, 2),
                FeedbackScore.dayOf(LocalDate.of(2001, 7, 1).atTime(22, 30).toInstant(ZoneOffset.UTC), Feedback.ZONE));

        long team = Feedback.team("Pulse midnight");
        Feedback.scoresFor(team, null, Scale.CSAT, lateEvening, 5);
        Feedback.scoresFor(team, null, Scale.CSAT, lateEvening.minusSeconds(3600), 1); // 23:30 on the 14th there
        service.useClock(Clock.fixed(lateEvening.plusSeconds(60), ZoneOffset.UTC));
        assertEquals(LocalDate.of(2001, 3, 15), service.today(), "the organisation's today, not UTC's");
        Pulse pulse = service.pulse(PulseScope.team(team), 30);
        assertEquals(LocalDate.of(2001, 3, 15), pulse.today());
        assertEquals(100, pulse.todayFigures().csatPercent(), "only the score after midnight there");
        assertEquals(1, pulse.todayFigures().responses());
        assertEquals(50, pulse.week().csatPercent(), "both are in the week of Monday 12 March");
    }

    @Test
    void aKeptPulseRunsNoStatementsAndNewFeedbackDropsIt() {
        LocalDate day = LocalDate.of(2001, 9, 12);
        long team = Feedback.team("Pulse kept");
        Feedback.scores(team, Scale.CSAT, day, 5);
        service.useClock(Clock.fixed(day.atTime(12, 0).atZone(Feedback.ZONE).toInstant(), ZoneOffset.UTC));
        service.clear();
        long before = statements();
        assertEquals(100, service.pulse(PulseScope.team(team), 30).todayFigures().csatPercent());
        long cold = statements() - before;
        assertTrue(cold >= 1, "the first read runs the sums: " + cold);
        before = statements();
        service.pulse(PulseScope.team(team), 30);
        assertEquals(0, statements() - before, "a kept pulse runs no statement");

        Feedback.scores(team, Scale.CSAT, day, 1);
        assertEquals(100, service.pulse(PulseScope.team(team), 30).todayFigures().csatPercent(),
                "kept until told (or the TTL ends)");
        QuarkusTransaction.requiringNew().run(() -> received.fire(new FeedbackReceived(1, Set.of(day), Set.of(team))));
        assertEquals(50, service.pulse(PulseScope.team(team), 30).todayFigures().csatPercent(),
                "new feedback drops what was kept");
        assertFalse(service.pulse(PulseScope.team(team), 30).days().isEmpty());
    }

    @Test
    void aKeyIsLoadedByOneReaderWhileTheOthersWait() throws Exception {
        Object key = java.util.List.of("single flight", java.util.UUID.randomUUID());
        java.util.concurrent.atomic.AtomicInteger loads = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.CountDownLatch started = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.ExecutorService readers = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.concurrent.Future<String> first = readers.submit(() -> service.kept(key, () -> {
                loads.incrementAndGet();
                started.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "loaded once";
            }));
            assertTrue(started.await(10, java.util.concurrent.TimeUnit.SECONDS));
            java.util.List<java.util.concurrent.Future<String>> others = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                others.add(readers.submit(() -> service.kept(key, () -> {
                    loads.incrementAndGet();
                    return "loaded again";
                })));
            }
            Thread.sleep(200);
            release.countDown();
            assertEquals("loaded once", first.get(10, java.util.concurrent.TimeUnit.SECONDS));
            for (java.util.concurrent.Future<String> other : others) {
                assertEquals("loaded once", other.get(10, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertEquals(1, loads.get(), "one load for four readers");
        } finally {
            readers.shutdownNow();
        }
    }

    private long statements() {
        return sessionFactory.getStatistics().getPrepareStatementCount();
    }
}
