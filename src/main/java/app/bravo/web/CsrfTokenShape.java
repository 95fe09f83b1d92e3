package app.bravo.web;

import java.util.Base64;

import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;

/**
 * Tells whether this request carries a CSRF token that cannot even be a token (not base64url). The CSRF filter
 * fails on decoding such a token instead of refusing it; {@link ErrorMapper} asks here and answers the same
 * 400 "form expired" as for a wrong token. The question is about the request, not about where the failure was
 * thrown, so a different filter implementation cannot turn it into a wrong answer.
 */
final class CsrfTokenShape {

    static final String HEADER = "X-CSRF-TOKEN";
    static final String FIELD = "csrf-token";

    private CsrfTokenShape() {
    }

    static boolean requestHasMangledToken() {
        ResteasyReactiveRequestContext request = CurrentRequestManager.get();
        if (request == null) {
            return false;
        }
        String header = request.getHttpHeaders().getHeaderString(HEADER);
        if (header != null && !isBase64Url(header)) {
            return true;
        }
        return request.getFormParameter(FIELD, true, false) instanceof String field && !isBase64Url(field);
    }

    static boolean isBase64Url(String text) {
        if (text.isEmpty() || text.length() > 512) {
            return false;
        }
        try {
            Base64.getUrlDecoder().decode(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
