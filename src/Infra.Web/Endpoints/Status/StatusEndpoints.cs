using Infra.Status;
using Infra.Status.Model;

namespace Infra.Web.Endpoints.Status;

/// <summary>
/// The programme's status as of a Stichtag for the dashboard (Ist against the Ausgangsplan, forecast and traffic light,
/// three-line curve, risks, measures, money, method; docs/api.md) and the Sachstandsbericht as PDF.
/// </summary>
internal static class StatusEndpoints
{
    public static void MapStatusEndpoints(this IEndpointRouteBuilder app)
    {
        var status = app.MapGroup("/api/status").WithTags("Sachstand").RequireAuthorization(Policies.Read);
        status.MapGet("/", async (DateOnly? stichtag, StatusCache cache, CancellationToken ct) =>
                await cache.StatusAsync(stichtag, ct) is { } s
                    ? Results.Json(s, StatusJson.Options)
                    : Problems.NotFound("noch kein Plan gespeichert"))
            .Produces<ProgrammeStatus>()
            .WithSummary("Sachstand zum Stichtag (Standard: der der neuesten Fortschreibung): Ist gegen Ausgangsplan, Prognose zur Frist, Risiken, Maßnahmen");
        status.MapGet("/report", async (DateOnly? stichtag, StatusCache cache, CancellationToken ct) =>
                await cache.StatusAsync(stichtag, ct) is { } s && await cache.ReportAsync(stichtag, ct) is { } pdf
                    ? Results.File(pdf, "application/pdf", $"Sachstandsbericht-{s.Stichtag:yyyy-MM-dd}.pdf")
                    : Problems.NotFound("noch kein Plan gespeichert"))
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .WithSummary("Sachstandsbericht als PDF (A4, deutsch) zum selben Stichtag");
    }
}
