package app.bravo.board;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import org.jboss.resteasy.reactive.RestQuery;

import app.bravo.config.BravoConfig;
import app.bravo.i18n.CurrentLocale;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The office screen: the newest highlights, one at a time, and new ones live. Reached without a login, by a
 * kiosk link's token in the query string, which is checked here on every request; the token opens these two
 * addresses and nothing else (it is no session, no cookie, no API token).
 */
@Path("/kiosk")
public class KioskResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance kiosk(List<BoardQuery.Card> cards, String events, int rotateSeconds,
                String theme);

        static native TemplateInstance unavailable(String theme);
    }

    @Inject
    KioskLinks links;

    @Inject
    KioskFeed feed;

    @Inject
    BravoConfig config;

    @Inject
    CurrentLocale currentLocale;

    @GET
    @PermitAll
    @Produces(MediaType.TEXT_HTML)
    public Response kiosk(@RestQuery String token) {
        String theme = config.kiosk().theme().name();
        if (links.open(token).isEmpty()) {
            return Response.status(404).entity(Templates.unavailable(theme)).build();
        }
        List<BoardQuery.Card> cards = Highlights.recent(config.kiosk().recent(), Instant.now());
        return Response.ok(Templates.kiosk(cards, "/kiosk/events?token=" + token, config.kiosk().rotateSeconds(),
                theme)).build();
    }

    /** Server-sent events: each newly approved post as a slide ("post"), and a "beat" now and then. */
    @GET
    @Path("events")
    @PermitAll
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void events(@RestQuery String token, @Context SseEventSink sink, @Context Sse sse) {
        long linkId = links.open(token).orElseThrow(NotFoundException::new);
        feed.listen(linkId, currentLocale.getCode(), sink, sse);
    }
}
