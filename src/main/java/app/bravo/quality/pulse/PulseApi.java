package app.bravo.quality.pulse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

import app.bravo.i18n.Text;
import app.bravo.people.Department;
import app.bravo.people.DirectoryService;
import app.bravo.security.CurrentUser;
import app.bravo.security.Role;
import app.bravo.web.BadInputException;
import app.bravo.web.WebMessages;

/** The service-quality pulse for API clients: a scope's daily series, today, this week and its targets. */
@Path("/api/quality")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quality")
public class PulseApi {

    /** Figures: null where there is no data (never 0). */
    public record FiguresView(Integer csatPercent, BigDecimal csatAverage, Integer nps, long csatResponses,
            long npsResponses) {
        static FiguresView of(PulseScore.Figures f) {
            return new FiguresView(f.csatPercent(), f.csatAverage(), f.nps(), f.csatResponses(), f.npsResponses());
        }
    }

    public record DayView(LocalDate day, Integer csatPercent, BigDecimal csatAverage, Integer nps,
            long csatResponses, long npsResponses) {
    }

    public record TargetsView(Integer csatPercent, Integer nps) {
    }

    public record PulseView(String scope, LocalDate from, LocalDate today, LocalDate weekStart, FiguresView todayFigures,
            FiguresView week, TargetsView targets, List<DayView> days) {
    }

    public record TargetView(long id, String scope, Long teamId, String teamName, String metric, int goal,
            String setBy, java.time.Instant setAt) {
    }

    @Inject
    PulseService service;

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("pulse")
    @RolesAllowed(Role.EMPLOYEE_NAME)
    @Operation(summary = "The service-quality pulse", description = "scope = org (default), team:<id> or "
            + "department:<id>; days = 30 (default) or 90. Days in the organisation's time zone; a figure without "
            + "data is null. CSAT % = share of 4-5, NPS = % promoters (9-10) - % detractors (0-6), rounded half "
            + "away from zero.")
    public PulseView pulse(@RestQuery String scope, @RestQuery String days) {
        PulseScope chosen = scope == null || scope.isBlank() ? PulseScope.ORG : PulseScope.parse(scope);
        if (chosen == null) {
            throw new BadInputException("scope", Text.of(PulseMessages.class, PulseMessages::error_scope));
        }
        int length = days == null || days.isBlank() ? 30 : switch (days.trim()) {
            case "30" -> 30;
            case "90" -> 90;
            default -> throw new BadInputException("days", Text.of(WebMessages.class, WebMessages::error_invalid));
        };
        if (chosen.kind() == PulseScope.Kind.TEAM) {
            DirectoryService.visibleTeam(chosen.id(), currentUser.seesDeactivated());
        } else if (chosen.kind() == PulseScope.Kind.DEPARTMENT && Department.findById(chosen.id()) == null) {
            throw new NotFoundException();
        }
        Pulse pulse = service.pulse(chosen, length);
        return new PulseView(pulse.scope(), pulse.from(), pulse.today(), pulse.weekStart(),
                FiguresView.of(pulse.todayFigures()), FiguresView.of(pulse.week()),
                new TargetsView(pulse.targets().csatPercent(), pulse.targets().nps()),
                pulse.days().stream().map(d -> new DayView(d.day(), d.csatPercent(), d.counts().csatAverage(),
                        d.nps(), d.counts().csatN(), d.counts().npsN())).toList());
    }

    @GET
    @Path("targets")
    @RolesAllowed(Role.HR_NAME)
    @Operation(summary = "The service-quality targets HR set", description = "HR only (everyone sees the goals in the pulse). The organisation's first, then teams.")
    public List<TargetView> targets() {
        return QualityTarget.listAll().stream().map(t -> new TargetView(t.id, t.scopeKey,
                t.team == null ? null : t.team.id, t.team == null ? null : t.team.name, t.metric.name(), t.goal,
                t.setBy, t.setAt)).toList();
    }
}
