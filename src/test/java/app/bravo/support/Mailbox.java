package app.bravo.support;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.quarkus.arc.Arc;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;

/** Reads the temporary password out of the last mail the mock mailbox holds for someone. */
public final class Mailbox {

    private static final Pattern PASSWORD = Pattern.compile("^\\s{4}(\\S{16})\\s*$", Pattern.MULTILINE);

    private Mailbox() {
    }

    public static String lastPasswordSentTo(String email) {
        List<Mail> mails = Arc.container().instance(MockMailbox.class).get().getMailsSentTo(email);
        if (mails == null || mails.isEmpty()) {
            throw new AssertionError("no mail was sent to " + email);
        }
        Matcher matcher = PASSWORD.matcher(mails.get(mails.size() - 1).getText());
        if (!matcher.find()) {
            throw new AssertionError("the mail holds no password: " + mails.get(mails.size() - 1).getText());
        }
        return matcher.group(1);
    }
}
