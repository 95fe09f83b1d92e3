package app.bravo.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;

/**
 * Per-request values for the layout ({@code inject:page}). The CSRF token is missing when a request was
 * refused before it reached a resource (an unknown URL, a role check on the path): error pages then leave out
 * the forms that would need it instead of failing to render.
 */
@Named("page")
@RequestScoped
public class PageContext {

    @Inject
    CsrfTokenParameterProvider csrf;

    private String token;
    private boolean tokenLoaded;

    public String getCsrfToken() {
        if (!tokenLoaded) {
            tokenLoaded = true;
            try {
                token = csrf.getToken();
            } catch (IllegalStateException e) {
                token = null;
            }
        }
        return token;
    }

    public String getCsrfParameter() {
        return csrf.getParameterName();
    }

    public boolean isFormsEnabled() {
        return getCsrfToken() != null;
    }
}
