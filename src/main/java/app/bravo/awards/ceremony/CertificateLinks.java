package app.bravo.awards.ceremony;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import app.bravo.awards.Winner;

/**
 * The certificate links the results page shows beside each announced winner:
 * {@code {inject:certificates.href(roundId, categoryId, key)}}, null when there is no winner row (yet). One
 * query per round and request.
 */
@Named("certificates")
@RequestScoped
public class CertificateLinks {

    private final Map<Long, Map<String, Long>> winnersByRound = new HashMap<>();

    public String href(long roundId, long categoryId, String key) {
        Long winnerId = winnersByRound.computeIfAbsent(roundId, CertificateLinks::winnersOf).get(categoryId + "/" + key);
        return winnerId == null ? null : url(roundId, winnerId);
    }

    public static String url(long roundId, long winnerId) {
        return "/awards/certificates/" + roundId + "/" + winnerId + ".pdf";
    }

    private static Map<String, Long> winnersOf(long roundId) {
        Map<String, Long> winners = new HashMap<>();
        for (Object[] row : Winner.getEntityManager().createQuery(
                "select w.id, w.category.id, w.nomineeKey from Winner w where w.round.id = ?1", Object[].class)
                .setParameter(1, roundId).getResultList()) {
            winners.put(row[1] + "/" + row[2], (Long) row[0]);
        }
        return winners;
    }
}
