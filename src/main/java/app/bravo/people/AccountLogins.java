package app.bravo.people;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;

import app.bravo.security.ApiToken;
import app.bravo.security.Logins;
import app.bravo.security.Role;

/**
 * Accounts as security sees them. Each question is one statement: the account's columns and its person's,
 * joined with what security keeps beside them (login blocks, logged-out sessions, API tokens), so
 * authenticating a request costs one indexed lookup however large the directory grows. Scalar columns, not
 * entities, so no association is loaded behind the statement's back.
 */
@ApplicationScoped
public class AccountLogins implements Logins {

    /** The columns of {@link #login(Object[], int)}, in its order. */
    private static final String LOGIN = "a.id, p.id, a.username, p.fullName, a.passwordHash, a.role, a.locale,"
            + " p.active, a.sessionEpoch";
    private static final int LOGIN_COLUMNS = 9;

    @Override
    @ActivateRequestContext
    public Attempt attempt(String username, Collection<String> blockKeys, Collection<String> nameKeys) {
        String name = Person.normaliseEmail(username);
        String throttles = """
                (select max(t.blockedUntil) from LoginThrottle t where t.key in :keys),
                (select count(t) from LoginThrottle t where t.key in :nameKeys)""";
        Optional<Object[]> row = Account.getEntityManager().createQuery("select " + LOGIN + ", " + throttles
                + " from Account a join a.person p where a.username = :username", Object[].class)
                .setParameter("keys", blockKeys).setParameter("nameKeys", nameKeys).setParameter("username", name)
                .getResultStream().findFirst();
        if (row.isPresent()) {
            Object[] r = row.get();
            return new Attempt(Optional.of(login(r, 0)), (Instant) r[LOGIN_COLUMNS],
                    ((Number) r[LOGIN_COLUMNS + 1]).longValue() > 0);
        }
        // No such account: its blocks still hold, or guesses at unknown names would never be slowed.
        // The name's keys are among the block keys, so one pass over those rows answers both questions.
        Object[] r = Account.getEntityManager().createQuery("""
                select max(t.blockedUntil), sum(case when t.key in :nameKeys then 1 else 0 end)
                from LoginThrottle t where t.key in :keys""", Object[].class)
                .setParameter("keys", blockKeys).setParameter("nameKeys", nameKeys).getSingleResult();
        return new Attempt(Optional.empty(), (Instant) r[0], r[1] != null && ((Number) r[1]).longValue() > 0);
    }

    @Override
    @ActivateRequestContext
    public Optional<Session> session(long accountId, String sessionId) {
        return Account.getEntityManager().createQuery("select " + LOGIN + """
                , (select count(e) from EndedSession e where e.sessionId = :sessionId)
                from Account a join a.person p where a.id = :id""", Object[].class)
                .setParameter("sessionId", sessionId).setParameter("id", accountId).getResultStream().findFirst()
                .map(r -> new Session(login(r, 0), ((Number) r[LOGIN_COLUMNS]).longValue() > 0));
    }

    @Override
    @ActivateRequestContext
    public Optional<Token> token(String tokenHash) {
        return Account.getEntityManager().createQuery("select t, " + LOGIN + """
                 from ApiToken t left join Account a on a.id = t.accountId left join a.person p
                where t.tokenHash = :hash""", Object[].class)
                .setParameter("hash", tokenHash).getResultStream().findFirst()
                .map(r -> new Token((ApiToken) r[0], r[1] == null ? null : login(r, 1)));
    }

    @Override
    @ActivateRequestContext
    public Optional<Login> byPerson(long personId) {
        return Account.getEntityManager().createQuery("select " + LOGIN + """
                 from Account a join a.person p where p.id = :id""", Object[].class)
                .setParameter("id", personId).getResultStream().findFirst().map(r -> login(r, 0));
    }

    private static Login login(Object[] row, int from) {
        return new Login((Long) row[from], (Long) row[from + 1], (String) row[from + 2], (String) row[from + 3],
                (String) row[from + 4], Role.valueOf((String) row[from + 5]), (String) row[from + 6],
                (Boolean) row[from + 7], (Integer) row[from + 8]);
    }
}
