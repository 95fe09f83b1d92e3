package app.bravo.awards.tally;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.random.RandomGenerator;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The published, recountable form of a category's ballots: their contents only, in random order, with no id,
 * time or voter key.
 *
 * <p>CSV (RFC 4180, CRLF line ends, fields quoted only when needed): a header {@code choice1,choice2,...} as wide
 * as the longest ballot, then one ballot per line, its choices in order, shorter ballots padded with empty
 * fields. Approval ballots are written with their choices sorted, so the order a voter put them in cannot be used
 * as a mark to prove to someone else which ballot was theirs.
 */
public final class PublishedBallots {

    static final String HEADER_PREFIX = "choice";

    private PublishedBallots() {
    }

    public static String toCsv(VotingMethod method, List<Ballot> ballots) {
        int width = Math.max(1, ballots.stream().mapToInt(b -> b.choices().size()).max().orElse(0));
        StringBuilder csv = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180)) {
            List<String> header = new ArrayList<>(width);
            for (int i = 1; i <= width; i++) {
                header.add(HEADER_PREFIX + i);
            }
            printer.printRecord(header);
            for (Ballot ballot : ballots) {
                List<String> row = new ArrayList<>(published(method, ballot));
                while (row.size() < width) {
                    row.add("");
                }
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return csv.toString();
    }

    /** The ballots of a published CSV (as {@link #toCsv} writes it); empty fields are not choices. */
    public static List<Ballot> fromCsv(String csv) {
        List<Ballot> ballots = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(csv), CSVFormat.RFC4180)) {
            boolean header = true;
            for (CSVRecord record : parser) {
                if (header) {
                    header = false;
                    if (!record.get(0).startsWith(HEADER_PREFIX)) {
                        throw new IllegalArgumentException("published ballots start with a header choice1,...");
                    }
                    continue;
                }
                List<String> choices = new ArrayList<>(record.size());
                for (String field : record) {
                    if (!field.isEmpty()) {
                        choices.add(field);
                    }
                }
                ballots.add(new Ballot(choices));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException e) {
            throw new IllegalArgumentException("not a published ballot list: " + e.getMessage(), e);
        }
        return List.copyOf(ballots);
    }

    /** The ballots in uniformly random order (Fisher-Yates), for publishing. */
    public static List<Ballot> shuffled(List<Ballot> ballots, RandomGenerator random) {
        List<Ballot> shuffled = new ArrayList<>(ballots);
        for (int i = shuffled.size() - 1; i > 0; i--) {
            Collections.swap(shuffled, i, random.nextInt(i + 1));
        }
        return List.copyOf(shuffled);
    }

    /** A ballot's choices as published: approval choices sorted, others as cast. */
    private static List<String> published(VotingMethod method, Ballot ballot) {
        if (method.ranked() || method == VotingMethod.PLURALITY) {
            return ballot.choices();
        }
        List<String> sorted = new ArrayList<>(ballot.choices());
        sorted.sort(Comparator.nullsLast(Comparator.naturalOrder()));
        return sorted;
    }
}
