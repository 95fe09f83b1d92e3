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
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
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

    @Inject
    CurrentVertxRequest routing;

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
        if (e.getCause() instanceof com.fasterxml.jackson.databind.JsonMappingException json) {
            return jsonField(json, uri);
        }
        return answer(uri, status, null);
    }

    /** Unreadable JSON: syntax errors and bodies of the wrong shape alike. */
    @ServerExceptionMapper
    public Response unreadableJson(com.fasterxml.jackson.core.JsonProcessingException e, UriInfo uri) {
        WebMessages msg = currentLocale.messages(WebMessages.class);
        return respond(uri, 400, msg.error_400_title(), msg.error_400_detail(), null, Map.of());
    }

    /** A JSON value of the wrong type ({@code "teamId":"abc"}, {@code "role":"GOD"}): named like any bad field. */
    @ServerExceptionMapper
    public Response mismatchedJson(com.fasterxml.jackson.databind.exc.MismatchedInputException e, UriInfo uri) {
        return jsonField(e, uri);
    }

    @ServerExceptionMapper
    public Response unmappableJson(com.fasterxml.jackson.databind.JsonMappingException e, UriInfo uri) {
        return jsonField(e, uri);
    }

    private Response jsonField(com.fasterxml.jackson.databind.JsonMappingException e, UriInfo uri) {
        WebMessages msg = currentLocale.messages(WebMessages.class);
        String field = JsonFields.path(e);
        Map<String, String> errors = field.isEmpty() ? Map.of()
                : Map.of(field, JsonFields.holdsNul(e) ? msg.error_nul() : msg.error_invalid());
        return respond(uri, 400, msg.error_400_title(), msg.error_400_detail(), null, errors);
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
        if (Failures.databaseUnavailable(e)) {
            // Every connection is busy (or the database is away): the request changed nothing, a retry may work.
            LOG.warnf("Busy: no database connection for %s", uri.getPath());
            Response busy = answer(uri, 503, null);
            return Response.fromResponse(busy).header("Retry-After", Failures.RETRY_AFTER_SECONDS).build();
        }
        if (Failures.malformedEncoding(e) || Failures.unstorableText(e)) {
            // The client's mistake (a percent-escape that decodes to nothing, text the database cannot store):
            // nothing was written, one line in the log is enough.
            LOG.warnf("Refused %s with 400: %s", uri.getPath(), e.getClass().getSimpleName());
            return answer(uri, 400, null);
        }
        if (routing.getCurrent() != null && routing.getCurrent().response().ended()) {
            // Already answered below us (RESTEasy ends a body over the size limit with 413 itself).
            LOG.debugf("Answered before the mapper on %s: %s", uri.getPath(), e);
            return Response.status(routing.getCurrent().response().getStatusCode()).build();
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.errorf(e, "Unexpected error %s on %s", reference, uri.getPath());
        WebMessages msg = currentLocale.messages(WebMessages.class);
        return respond(uri, 500, msg.error_500_title(), msg.error_500_detail(), reference, Map.of());
    }

    private Response answer(UriInfo uri, int status, String reference) {
        ErrorTexts texts = ErrorTexts.of(status, currentLocale.messages(WebMessages.class));
        return respond(uri, status, texts.title(), texts.detail(), reference, Map.of());
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
    public static boolean causedByUniqueConstraint(Throwable e) {
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
