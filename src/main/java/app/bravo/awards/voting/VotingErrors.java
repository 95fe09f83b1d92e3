package app.bravo.awards.voting;

import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import app.bravo.i18n.CurrentLocale;
import app.bravo.web.ErrorMapper;
import app.bravo.web.Problem;
import app.bravo.web.WebMessages;

/**
 * A refused vote or results request: problem details for {@code /api/**} (the reason key as the problem type, so
 * clients need not parse the text), the error page otherwise. Pages that can show the form again catch it first.
 */
public class VotingErrors {

    public static final String TYPE_PREFIX = "urn:bravo:awards:";

    @Inject
    CurrentLocale currentLocale;

    @ServerExceptionMapper
    public Response refused(VotingRefused e, UriInfo uri) {
        String path = "/" + uri.getPath().replaceFirst("^/", "");
        String title = title(e.status(), currentLocale.messages(WebMessages.class));
        String detail = currentLocale.text(e.text());
        if (path.startsWith("/api/")) {
            return Response.status(e.status()).type(Problem.MEDIA_TYPE)
                    .entity(new Problem(TYPE_PREFIX + e.reason(), title, e.status(), detail, path, Map.of())).build();
        }
        return Response.status(e.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(ErrorMapper.Templates.error(e.status(), title, detail, null)).build();
    }

    private static String title(int status, WebMessages msg) {
        return switch (status) {
            case 403 -> msg.error_403_title();
            case 404 -> msg.error_404_title();
            case 409 -> msg.error_409_title();
            default -> msg.error_other_title(status);
        };
    }
}
