package app.bravo.branding;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import app.bravo.i18n.LocalizedText;
import app.bravo.security.Role;

/** Branding and the purpose statement for API clients: the same rules as the admin and HR pages. */
@Path("/api/branding")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Branding")
public class BrandingApi {

    /** What every page shows; {@code logoUrl} is null without a logo, {@code purpose} null without a statement. */
    public record BrandingView(String name, String accent, String logoUrl, String themeUrl, PurposeView purpose,
            int version) {
    }

    public record PurposeView(String en, String sr, String sl) {
        static PurposeView of(LocalizedText text) {
            return text == null ? null : new PurposeView(text.en, text.sr, text.sl);
        }
    }

    @Inject
    BrandingService service;

    @Inject
    Branding branding;

    @GET
    @RolesAllowed(Role.EMPLOYEE_NAME)
    @Operation(summary = "The organisation's name, accent colour, logo address and purpose statement")
    public BrandingView get() {
        return new BrandingView(branding.getName(), branding.getAccent().hex(), branding.getLogoUrl(),
                branding.getThemeUrl(), PurposeView.of(branding.getPurpose()), branding.getVersion());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Set the organisation's name and accent colour", description = "Admins. The colour is "
            + "#rrggbb and must carry white text at a contrast of at least 4.5:1 (errors.accent says why not).")
    public BrandingView update(@Valid @NotNull BrandingInput input) {
        service.update(input);
        return get();
    }

    @PUT
    @Path("logo")
    @Consumes({ LogoCheck.PNG, LogoCheck.SVG, MediaType.APPLICATION_OCTET_STREAM })
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Upload the logo (the request body is the file)", description = "Admins. A PNG, or an "
            + "SVG without scripts, event handlers, embedded HTML, DOCTYPE or references other than #fragments; at "
            + "most 100 KB. The content decides the type, not the Content-Type header; a refusal names errors.logo.")
    public BrandingView uploadLogo(byte[] logo) {
        service.setLogo(logo);
        return get();
    }

    @DELETE
    @Path("logo")
    @RolesAllowed(Role.ADMIN_NAME)
    @Operation(summary = "Remove the logo", description = "Admins. Idempotent.")
    public BrandingView removeLogo() {
        service.removeLogo();
        return get();
    }

    @PUT
    @Path("purpose")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.HR_NAME)
    @Operation(summary = "Set \"why great service matters to us\"", description = "HR and admins. Up to 500 "
            + "characters per language; Serbian and Slovenian fall back to English; all empty removes it.")
    public BrandingView updatePurpose(@Valid @NotNull PurposeInput input) {
        service.updatePurpose(input);
        return get();
    }
}
