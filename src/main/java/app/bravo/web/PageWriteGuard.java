package app.bravo.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Pages change state only through HTML forms. The CSRF filter checks the token of form and multipart bodies
 * and lets other bodies through (so /api can take JSON and CSV); this closes the gap that leaves for pages: an
 * unsafe request to a page with no body or another content type is refused before it reaches a resource.
 */
public class PageWriteGuard {

    @ServerRequestFilter(preMatching = true, priority = 100)
    public Response refuseNonFormWrites(ContainerRequestContext request) {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
            return null;
        }
        String path = request.getUriInfo().getPath();
        if (ErrorMapper.isApi(path.startsWith("/") ? path : "/" + path)) {
            return null;
        }
        // Exactly these two: the CSRF filter checks tokens only on them, and a wildcard such as */* would be
        // "compatible" with both while skipping that check.
        MediaType type = request.getMediaType();
        boolean form = type != null && (sameType(type, MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || sameType(type, MediaType.MULTIPART_FORM_DATA_TYPE));
        return form ? null : Response.status(Response.Status.UNSUPPORTED_MEDIA_TYPE).build();
    }

    private static boolean sameType(MediaType actual, MediaType expected) {
        return actual.getType().equalsIgnoreCase(expected.getType())
                && actual.getSubtype().equalsIgnoreCase(expected.getSubtype());
    }
}
