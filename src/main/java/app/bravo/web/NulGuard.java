package app.bravo.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.CurrentRequestManager;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.core.multipart.FormData;
import org.jboss.resteasy.reactive.server.multipart.FormValue;

import app.bravo.i18n.Text;

/**
 * No NUL character gets past the edge: PostgreSQL cannot store it in text and would fail the write with a server
 * error, and no person types one. Query parameters, the path, form fields, uploaded text files (CSV) and text
 * bodies are checked here, JSON strings by {@link JsonFields}; a NUL answers 400 naming the field. Login names
 * never reach RESTEasy: the identity provider checks those.
 */
public class NulGuard {

    static final Text NUL = Text.of(WebMessages.class, WebMessages::error_nul);

    /** Runs once the form is read, so form fields and files are there to check. */
    @ServerRequestFilter
    @WithFormRead
    public void refuseNul(ContainerRequestContext request) throws IOException {
        if (request.getUriInfo().getPath().indexOf('\0') >= 0) {
            throw new BadInputException("path", NUL);
        }
        for (Map.Entry<String, List<String>> parameter : request.getUriInfo().getQueryParameters().entrySet()) {
            if (anyHoldsNul(parameter.getKey(), parameter.getValue())) {
                throw new BadInputException(parameter.getKey().replace("\0", ""), NUL);
            }
        }
        ResteasyReactiveRequestContext context = CurrentRequestManager.get();
        FormData form = context == null ? null : context.getFormData();
        if (form == null) {
            return;
        }
        for (String name : form) {
            for (FormValue value : form.get(name)) {
                boolean nul = value.isFileItem() ? isText(value) && holdsNul(value.getFileItem().getInputStream())
                        : value.getValue().indexOf('\0') >= 0 || name.indexOf('\0') >= 0;
                if (nul) {
                    throw new BadInputException(name.replace("\0", ""), NUL);
                }
            }
        }
    }

    private static boolean anyHoldsNul(String name, List<String> values) {
        return name.indexOf('\0') >= 0 || values.stream().anyMatch(v -> v != null && v.indexOf('\0') >= 0);
    }

    /** A CSV or other text upload; images and other binary files may hold zero bytes by nature. */
    private static boolean isText(FormValue value) {
        String name = value.getFileName() == null ? "" : value.getFileName().toLowerCase(Locale.ROOT);
        String type = value.getHeaders() == null ? null : value.getHeaders().getFirst("Content-Type");
        return name.endsWith(".csv") || name.endsWith(".txt") || name.endsWith(".tsv")
                || (type != null && type.toLowerCase(Locale.ROOT).startsWith("text/"));
    }

    static boolean holdsNul(InputStream in) throws IOException {
        try (in) {
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) != -1) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == 0) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** Text bodies (the API's CSV import): read once, checked, and handed on unchanged. */
    @Provider
    public static class TextBodies implements ReaderInterceptor {

        @Override
        public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
            MediaType type = context.getMediaType();
            if (type == null || !"text".equalsIgnoreCase(type.getType())) {
                return context.proceed();
            }
            byte[] body = context.getInputStream().readAllBytes();
            if (holdsNul(new ByteArrayInputStream(body))) {
                throw new BadInputException("body", NUL);
            }
            context.setInputStream(new ByteArrayInputStream(body));
            return context.proceed();
        }
    }
}
