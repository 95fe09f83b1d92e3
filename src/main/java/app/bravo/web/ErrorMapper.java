package app.bravo.web;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;

import app.bravo.i18n.CurrentLocale;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;

/**
 * Every error a client can see: pages get a friendly page in their language, {@code /api/**} gets problem
 * details. Neither ever carries an exception's message, class name or stack trace.
 */
public class ErrorMapper {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class);

    @CheckedTemplate
    public static class Templates {
        public static native TemplateInstance error(int status, String title, String detail, String reference);
    }

    @Inject
    CurrentLocale currentLocale;

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri) {
        WebMessages msg = currentLocale.messages(WebMessages.class);
        return respond(uri, 404, msg.error_404_title(), msg.error_404_detail(), null, Map.of());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        WebMessages msg = currentLocale.messages(WebMessages.class);
        return respond(uri, 403, msg.error_403_title(), msg.error_403_detail(), null, Map.of());
    }

    @ServerExceptionMapper
    public Response badInput(BadInputException e, UriInfo uri) {
        WebMessages msg = currentLocale.messages(WebMessages.class);
        return respond(uri, 400, msg.error_400_title(), msg.error_400_detail(), null,
                e.in(currentLocale.getCode()).asMap());
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        WebMessages msg = currentLocale.messages(WebMessages.class);
        FormErrors errors = FormErrors.of(e.getConstraintViolations(), msg);
        return respond(uri, 400, msg.error_400_title(), msg.error_400_detail(), null, errors.asMap());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        if (status == 404) {
            return notFound(null, uri);
        }
        if (status == 403) {
            return forbidden(null, uri);
        }
        WebMessages msg = currentLocale.messages(WebMessages.class);
        String title = status == 400 ? msg.error_400_title() : msg.error_other_title(status);
        String detail = status == 400 ? msg.error_400_detail() : msg.error_other_detail();
        return respond(uri, status, title, detail, null, Map.of());
    }

    /** Unreadable JSON: syntax errors and bodies of the wrong shape alike. */
    @ServerExceptionMapper
    public Response unreadableJson(com.fasterxml.jackson.core.JsonProcessingException e, UriInfo uri) {
        WebMessages msg = currentLocale.messages(WebMessages.class);
        return respond(uri, 400, msg.error_400_title(), msg.error_400_detail(), null, Map.of());
    }

    @ServerExceptionMapper(priority = 6000)
    public Response unexpected(Throwable e, UriInfo uri) {
        if (causedByUniqueConstraint(e)) {
            // Two people saved the same name or e-mail at the same moment; the service's own check could not
            // see it coming. Nothing was written, so trying again is safe.
            WebMessages msg = currentLocale.messages(WebMessages.class);
            return respond(uri, 409, msg.error_409_title(), msg.error_409_detail(), null, Map.of());
        }
        if (e instanceof IllegalArgumentException && CsrfTokenShape.requestHasMangledToken()) {
            // A token that is not even base64 is the same refusal as a wrong one, not a server error.
            WebMessages msg = currentLocale.messages(WebMessages.class);
            return respond(uri, 400, msg.error_form_expired_title(), msg.error_form_expired_detail(), null, Map.of());
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Unexpected error %s on %s", reference, uri.getPath());
        WebMessages msg = currentLocale.messages(WebMessages.class);
        return respond(uri, 500, msg.error_500_title(), msg.error_500_detail(), reference, Map.of());
    }

    private Response respond(UriInfo uri, int status, String title, String detail, String reference,
            Map<String, String> errors) {
        String path = "/" + uri.getPath().replaceFirst("^/", "");
        if (isApi(path)) {
            String problemDetail = reference == null ? detail : detail + " (" + reference + ")";
            return Response.status(status).type(Problem.MEDIA_TYPE)
                    .entity(new Problem("about:blank", title, status, problemDetail, path, errors)).build();
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(status, title, detail, reference)).build();
    }

    /** The commit wraps the database's refusal in transaction exceptions, so look along the causes. */
    private static boolean causedByUniqueConstraint(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation
                    && (violation.getKind() == org.hibernate.exception.ConstraintViolationException.ConstraintKind.UNIQUE
                            || "23505".equals(violation.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }
}
