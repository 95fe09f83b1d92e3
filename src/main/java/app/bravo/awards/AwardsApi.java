package app.bravo.awards;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import app.bravo.awards.AwardViews.CategoryView;
import app.bravo.awards.AwardViews.NominationView;
import app.bravo.awards.AwardViews.PhaseMove;
import app.bravo.awards.AwardViews.ProgrammeView;
import app.bravo.awards.AwardViews.RoundView;
import app.bravo.awards.AwardViews.ShortlistInput;
import app.bravo.awards.AwardViews.WithdrawInput;
import app.bravo.i18n.CurrentLocale;
import app.bravo.security.CurrentUser;
import app.bravo.security.Role;
import app.bravo.web.BadInputException;
import app.bravo.web.Problem;
import app.bravo.web.WebMessages;

/**
 * Award programmes, rounds and nominations for API clients. Everyone employed reads and nominates; HR writes
 * programmes, rounds, phases, shortlists and withdrawals. Ballots and results have their own resources.
 */
@Path("/api/awards")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Awards")
public class AwardsApi {

    @Inject
    ProgrammeService programmes;

    @Inject
    RoundService rounds;

    @Inject
    NominationService nominations;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentLocale currentLocale;

    @GET
    @Path("programmes")
    @RolesAllowed(Role.EMPLOYEE_NAME)
    @Operation(summary = "Award programmes with their categories")
    public List<ProgrammeView> programmes() {
        return Programme.listByName().stream().map(ProgrammeView::of).toList();
    }

    @GET
    @Path("programmes/{id}")
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public ProgrammeView programme(@RestPath long id) {
        return ProgrammeView.of(ProgrammeService.requireProgramme(id));
    }

    @POST
    @Path("programmes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.HR_NAME)
    @Operation(summary = "Create a programme", description = "emblem: one of " + "star, trophy, medal, heart, laurel")
    public Response createProgramme(@Valid @NotNull ProgrammeInput input) {
        Programme programme = programmes.createProgramme(input);
        return Response.created(URI.create("/api/awards/programmes/" + programme.id))
                .entity(ProgrammeView.of(programme)).build();
    }

    @PUT
    @Path("programmes/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.HR_NAME)
    public ProgrammeView updateProgramme(@RestPath long id, @Valid @NotNull ProgrammeInput input) {
        return ProgrammeView.of(programmes.updateProgramme(id, input));
    }

    @POST
    @Path("programmes/{id}/categories")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.HR_NAME)
    @Operation(summary = "Add a category", description = "winners ≤ finalists; APPROVAL needs 1 ≤ maxChoices ≤ "
            + "finalists; empty nominee/voter lists mean the whole organisation.")
    public Response createCategory(@RestPath long id, @Valid @NotNull CategoryInput input) {
        Category category = programmes.createCategory(id, input);
        return Response.created(URI.create("/api/awards/programmes/" + id)).entity(CategoryView.of(category))
                .build();
    }

    @PUT
    @Path("programmes/{id}/categories/{categoryId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.HR_NAME)
    public CategoryView updateCategory(@RestPath long id, @RestPath long categoryId,
            @Valid @NotNull CategoryInput input) {
        return CategoryView.of(programmes.updateCategory(id, categoryId, input));
    }

    @GET
    @Path("rounds")
    @RolesAllowed(Role.EMPLOYEE_NAME)
    @Operation(summary = "Award rounds, newest first", description = "Draft rounds are HR's.")
    public List<RoundView> rounds() {
        return Round.<Round> list("order by createdAt desc, id desc").stream()
                .filter(r -> r.phase != Phase.DRAFT || currentUser.isHr()).map(RoundView::of).toList();
    }

    @POST
    @Path("rounds")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.HR_NAME)
    @Operation(summary = "Create a round of a programme (DRAFT)",
            description = "Scheduled times (ISO instants) are optional; the scheduler moves the round at each.")
    public Response createRound(@Valid @NotNull RoundInput input) {
        Round round = rounds.create(input);
        return Response.created(URI.create("/api/awards/rounds/" + round.id)).entity(RoundView.of(round)).build();
    }

    @GET
    @Path("rounds/{id}")
    @RolesAllowed(Role.EMPLOYEE_NAME)
    public RoundView round(@RestPath long id) {
        return RoundView.of(visibleRound(id));
    }

    @POST
    @Path("rounds/{id}/phase")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.HR_NAME)
    @Operation(summary = "Move the round to its next phase",
            description = "Body {\"from\":\"NOMINATING\",\"to\":\"SHORTLISTING\"}; 409 when the round is no longer in "
                    + "'from' (someone moved it first). Entering VOTING shortlists categories HR left alone.")
    public RoundView move(@RestPath long id, @NotNull PhaseMove move) {
        rounds.move(id, move.from(), move.to());
        return RoundView.of(RoundService.requireRound(id));
    }

    @GET
    @Path("rounds/{id}/nominations")
    @RolesAllowed(Role.EMPLOYEE_NAME)
    @Operation(summary = "The round's nominations with their citations", description = "Withdrawn ones are HR's.")
    public List<NominationView> nominations(@RestPath long id) {
        return RoundPages.nominations(visibleRound(id), currentUser.isHr());
    }

    @POST
    @Path("rounds/{id}/nominations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.EMPLOYEE_NAME)
    @Operation(summary = "Nominate a person or team (or put forward a recognition)",
            description = "201 for a new citation, 200 when it replaced the caller's earlier citation of the nominee.")
    public Response nominate(@RestPath long id, @Valid @NotNull NominationInput input) {
        Long me = currentUser.getId();
        if (me == null) {
            throw new ForbiddenException();
        }
        visibleRound(id);
        NominationService.Outcome outcome = nominations.nominate(id, me, input);
        NominationView view = RoundPages.nominations(RoundService.requireRound(id), false).stream()
                .filter(n -> n.id() == outcome.nominationId()).findFirst().orElseThrow();
        return Response.status(outcome.newCitation() ? 201 : 200).entity(view).build();
    }

    @POST
    @Path("rounds/{id}/shortlist")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.HR_NAME)
    @Operation(summary = "Choose a category's finalists (SHORTLISTING)")
    public List<NominationView> shortlist(@RestPath long id, @NotNull ShortlistInput input) {
        if (input.categoryId() == null) {
            throw new BadInputException("categoryId", ProgrammeService.msg(m -> m.error_unknown_choice()));
        }
        rounds.shortlist(id, input.categoryId(), input.nominationIds());
        return RoundPages.nominations(RoundService.requireRound(id), true);
    }

    @POST
    @Path("rounds/{id}/nominations/{nominationId}/withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.HR_NAME)
    @Operation(summary = "Withdraw a nomination with a reason (audited)")
    public Response withdraw(@RestPath long id, @RestPath long nominationId, @NotNull WithdrawInput input) {
        rounds.withdraw(id, nominationId, input.reason());
        return Response.noContent().build();
    }

    private Round visibleRound(long id) {
        Round round = RoundService.requireRound(id);
        if (round.phase == Phase.DRAFT && !currentUser.isHr()) {
            throw new NotFoundException();
        }
        return round;
    }

    /** Someone moved the round first, or it is not in the phase this needs: 409 with the reason. */
    @ServerExceptionMapper
    public Response conflict(PhaseConflictException e, UriInfo uri) {
        return Response.status(409).type(Problem.MEDIA_TYPE).entity(Problem.of(409,
                currentLocale.messages(WebMessages.class).error_409_title(), currentLocale.text(e.text()),
                uri.getPath())).build();
    }
}
