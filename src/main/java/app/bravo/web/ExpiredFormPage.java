package app.bravo.web;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * The CSRF filter refuses a form without a valid token with an empty 400. For a person that is nearly always a
 * form left open past its token's lifetime or opened in another session, so say that instead of showing a blank
 * page.
 */
public class ExpiredFormPage {

    @Inject
    CurrentLocale currentLocale;

    @ServerResponseFilter
    public void explain(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() != 400 || response.hasEntity() || "GET".equals(request.getMethod())) {
            return;
        }
        String path = "/" + request.getUriInfo().getPath().replaceFirst("^/", "");
        if (ErrorMapper.isApi(path)) {
            return;
        }
        AppMessages msg = currentLocale.messages();
        String html = ErrorMapper.Templates.error(400, msg.error_form_expired_title(), msg.error_form_expired_detail(),
                null).render();
        response.setEntity(html, null, MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"));
    }
}
