package app.bravo.awards.tally;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The pure tally's time for bench/awards.sh (not a test: no timing is asserted in tests). Counts 100,000 ranked
 * ballots over 10 candidates by instant-runoff several times in one JVM and prints each run's time, the first
 * (cold: class loading and JIT) included. The ballots are the same every run (a fixed seed): first preferences
 * lean towards the earlier candidates (weights 10:9:...:1), so nobody has a majority at first and the count
 * goes through most of its rounds; each ballot ranks 1 to 10 candidates.
 *
 * <pre>java -cp target/classes:target/test-classes:&lt;the app's lib/main/*&gt; app.bravo.awards.tally.TallyBench [ballots] [candidates] [runs]</pre>
 */
public final class TallyBench {

    private TallyBench() {
    }

    public static void main(String[] args) {
        int ballotCount = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int candidateCount = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        List<String> candidates = new ArrayList<>();
        for (int c = 1; c <= candidateCount; c++) {
            candidates.add("person:" + c);
        }
        List<Ballot> ballots = ballots(ballotCount, candidates, new Random(20261205L));

        TallyResult result = null;
        long worst = 0;
        for (int run = 1; run <= runs; run++) {
            long started = System.nanoTime();
            result = Tally.count(VotingMethod.INSTANT_RUNOFF, 1, candidates, ballots);
            long millis = (System.nanoTime() - started) / 1_000_000;
            worst = Math.max(worst, millis);
            System.out.printf("tally run %d: %d ms%s%n", run, millis, run == 1 ? " (cold: class loading, JIT)" : "");
        }
        System.out.printf("tally result: %d rounds, winners %s, tied %s%n", result.rounds().size(), result.winners(),
                result.tied());
        long started = System.nanoTime();
        TallyResult three = Tally.count(VotingMethod.INSTANT_RUNOFF, 3, candidates, ballots);
        System.out.printf("tally 3 seats (for the record): %d ms, %d rounds, winners %s%n",
                (System.nanoTime() - started) / 1_000_000, three.rounds().size(), three.winners());
        System.out.printf("tally worst: %d ms%n", worst);
    }

    /** First preference by weight (candidate i weighs n - i), the rest in random order, 1..n ranked. */
    static List<Ballot> ballots(int count, List<String> candidates, Random random) {
        int n = candidates.size();
        int totalWeight = n * (n + 1) / 2;
        List<Ballot> ballots = new ArrayList<>(count);
        for (int b = 0; b < count; b++) {
            int pick = random.nextInt(totalWeight);
            int first = 0;
            for (int weight = n; pick >= weight; weight--) {
                pick -= weight;
                first++;
            }
            List<String> rest = new ArrayList<>(candidates);
            String top = rest.remove(first);
            Collections.shuffle(rest, random);
            List<String> ranking = new ArrayList<>();
            ranking.add(top);
            ranking.addAll(rest.subList(0, random.nextInt(n)));
            ballots.add(new Ballot(ranking));
        }
        return ballots;
    }
}
