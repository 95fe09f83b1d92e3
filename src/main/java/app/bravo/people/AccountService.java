package app.bravo.people;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import app.bravo.audit.Audit;
import app.bravo.web.AppMessages;
import app.bravo.web.BadInputException;
import app.bravo.web.CurrentLocale;
import app.bravo.web.FormErrors;
import app.bravo.web.Languages;

/** What a person changes on their own account. */
@ApplicationScoped
public class AccountService {

    @Inject
    Audit audit;

    @Inject
    CurrentLocale currentLocale;

    @Transactional
    public void changePassword(String username, String current, String next, String confirm) {
        AppMessages msg = currentLocale.messages();
        Account account = Account.findByUsername(username).orElseThrow();
        FormErrors errors = FormErrors.none();
        if (!account.passwordMatches(current)) {
            errors.add("current", msg.password_error_current());
        }
        if (next == null || next.length() < Passwords.MIN_LENGTH) {
            errors.add("next", msg.password_hint(Passwords.MIN_LENGTH));
        } else if (next.length() > 72) {
            // bcrypt only reads 72 bytes; a longer password would silently be cut.
            errors.add("next", msg.error_size(Passwords.MIN_LENGTH, 72));
        } else if (next.equals(current)) {
            errors.add("next", msg.password_error_same());
        }
        if (next != null && !next.equals(confirm)) {
            errors.add("confirm", msg.password_error_confirm());
        }
        if (!errors.isEmpty()) {
            throw new BadInputException(errors);
        }
        account.setPassword(next);
        audit.record("account.password-changed", "person:" + account.person.id, null);
    }

    @Transactional
    public void setLanguage(String username, String language) {
        if (!Languages.isSupported(language)) {
            return;
        }
        Account.findByUsername(username).ifPresent(account -> account.locale = language);
    }
}
