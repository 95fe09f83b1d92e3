package app.bravo.web;

import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import app.bravo.i18n.CurrentLocale;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * Error answers written below RESTEasy, where no exception mapper runs: failed authentication, the body size
 * limit, a refused request path. Pages get the same localised error page as {@link ErrorMapper} gives, the API
 * problem details. Rendering needs nothing that blocks: the language and the signed-in person (if any) are read
 * from the routing context, so it works on the I/O thread, after a failed authentication and with the database
 * connection pool empty.
 */
final class EdgeAnswers {

    private static final Logger LOG = Logger.getLogger(EdgeAnswers.class);

    private EdgeAnswers() {
    }

    /** Ends the response with {@code status} and its explanation; headers already set (a challenge) stay. */
    static void send(RoutingContext routing, int status, String reference) {
        HttpServerResponse response = routing.response();
        if (response.ended() || response.closed()) {
            return;
        }
        if (response.headWritten()) {
            response.end();
            return;
        }
        response.setStatusCode(status);
        String path = routing.normalizedPath();
        String body;
        String type;
        try {
            if (ErrorMapper.isApi(path)) {
                type = Problem.MEDIA_TYPE;
                body = inRequestContext(routing, () -> problem(status, path, reference));
            } else {
                type = "text/html;charset=UTF-8";
                body = inRequestContext(routing, () -> page(status, reference));
            }
        } catch (RuntimeException e) {
            LOG.debugf(e, "Could not render the %d answer for %s", status, path);
            type = "text/plain;charset=UTF-8";
            body = status + " " + HttpResponseStatus.valueOf(status).reasonPhrase();
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, type);
        try {
            response.end(body);
        } catch (RuntimeException e) {
            // Something already on the response cannot be sent (a header value Netty refuses): close rather than
            // leave the client waiting for an answer that never comes.
            LOG.warnf("Could not send the %d answer for %s: %s", status, path, e.getClass().getSimpleName());
            routing.request().connection().close();
        }
    }

    private static String problem(int status, String path, String reference) {
        ErrorTexts texts = ErrorTexts.of(status, messages());
        String detail = reference == null ? texts.detail() : texts.detail() + " (" + reference + ")";
        try {
            return Arc.container().instance(ObjectMapper.class).get()
                    .writeValueAsString(Problem.of(status, texts.title(), detail, path));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String page(int status, String reference) {
        ErrorTexts texts = ErrorTexts.of(status, messages());
        return ErrorMapper.Templates.error(status, texts.title(), texts.detail(), reference).render();
    }

    private static WebMessages messages() {
        return Arc.container().instance(CurrentLocale.class).get().messages(WebMessages.class);
    }

    /**
     * Templates and the language read request-scoped beans ({@code inject:lang}, {@code inject:me}, ...), which
     * need an active request context that knows this routing context; outside RESTEasy there is none yet.
     */
    private static String inRequestContext(RoutingContext routing, java.util.function.Supplier<String> work) {
        ManagedContext context = Arc.container().requestContext();
        boolean activated = !context.isActive();
        if (activated) {
            context.activate();
        }
        try {
            CurrentVertxRequest current = Arc.container().instance(CurrentVertxRequest.class).get();
            if (current.getCurrent() == null) {
                current.setCurrent(routing);
            }
            return work.get();
        } finally {
            if (activated) {
                context.terminate();
            }
        }
    }
}
