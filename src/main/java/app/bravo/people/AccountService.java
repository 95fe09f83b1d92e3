package app.bravo.people;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import app.bravo.audit.Audit;
import app.bravo.i18n.Languages;
import app.bravo.i18n.Text;
import app.bravo.security.PasswordPolicy;
import app.bravo.web.BadInputException;

/** What a person changes on their own account. */
@ApplicationScoped
public class AccountService {

    @Inject
    Audit audit;

    @Transactional
    public void changePassword(String username, String current, String next, String confirm) {
        Account account = Account.findByUsername(username).orElseThrow();
        Map<String, Text> errors = new LinkedHashMap<>();
        if (!account.passwordMatches(current)) {
            errors.put("current", msg(m -> m.password_error_current()));
        }
        if (next != null && next.equals(current)) {
            errors.put("next", msg(m -> m.password_error_same()));
        } else {
            PasswordPolicy.check(next, PasswordPolicy.MIN_LENGTH,
                    List.of(account.username, account.person.fullName)).ifPresent(problem -> errors.put("next",
                            switch (problem) {
                                case TOO_SHORT -> msg(m -> m.password_hint(PasswordPolicy.MIN_LENGTH));
                                case TOO_LONG -> msg(m -> m.password_error_long(PasswordPolicy.MAX_LENGTH));
                                case GUESSABLE -> msg(m -> m.password_error_weak());
                            }));
        }
        if (next != null && !next.equals(confirm)) {
            errors.put("confirm", msg(m -> m.password_error_confirm()));
        }
        if (!errors.isEmpty()) {
            throw new BadInputException(errors);
        }
        account.setPassword(next);
        audit.record("account.password-changed", "person:" + account.person.id);
    }

    /** Ends every session of the account, this one included: a lost phone, a shared computer. */
    @Transactional
    public void signOutEverywhere(String username) {
        Account account = Account.findByUsername(username).orElseThrow();
        account.endSessions();
        audit.record("account.signed-out-everywhere", "person:" + account.person.id);
    }

    /** Only the notices column, like the language below. */
    @Transactional
    public void setNotices(long accountId, boolean notices) {
        Account.update("notices = ?1 where id = ?2", notices, accountId);
    }

    /** Only the language column: a switch must never write back anything else it happened to read. */
    @Transactional
    public void setLanguage(String username, String language) {
        if (Languages.isSupported(language)) {
            Account.update("locale = ?1 where username = ?2", language, Person.normaliseEmail(username));
        }
    }

    private static Text msg(Function<PeopleMessages, String> message) {
        return Text.of(PeopleMessages.class, message);
    }
}
