package app.bravo.audit;

/**
 * Who is acting, as the audit log names them: a login name, a token's name, or "system" for scheduled work.
 * Security provides the bean, so the audit log sits below it and every layer can record.
 */
public interface Actor {

    String username();
}
