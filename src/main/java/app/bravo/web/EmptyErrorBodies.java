package app.bravo.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import app.bravo.i18n.CurrentLocale;

/**
 * Some refusals happen in filters that answer with an empty body: the CSRF filter's 400 for a form without a
 * valid token, a 400 for a query string that cannot be decoded, the 415 for a page write that is not a form.
 * A person should not get a blank page, nor an API client a body it cannot parse.
 */
public class EmptyErrorBodies {

    @Inject
    CurrentLocale currentLocale;

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response) {
        int status = response.getStatus();
        if (status < 400 || status >= 500 || response.hasEntity() || status == 401) {
            return;
        }
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
        WebMessages msg = currentLocale.messages(WebMessages.class);
        boolean api = ErrorMapper.isApi(path);
        boolean unsafe = !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
        String title;
        String detail;
        if (status == 400 && unsafe && !api) {
            // A form refused by the CSRF filter: in practice one left open too long or from another session.
            title = msg.error_form_expired_title();
            detail = msg.error_form_expired_detail();
        } else {
            ErrorTexts texts = ErrorTexts.of(status, msg);
            title = texts.title();
            detail = texts.detail();
        }
        if (api) {
            response.setEntity(Problem.of(status, title, detail, path), null, MediaType.valueOf(Problem.MEDIA_TYPE));
            return;
        }
        String html = ErrorMapper.Templates.error(status, title, detail, null).render();
        response.setEntity(html, null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }
}
