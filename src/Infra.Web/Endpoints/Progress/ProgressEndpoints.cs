using Infra.Core.Language;
using Infra.Data.Progress;
using Infra.Web.Endpoints.Plans;

namespace Infra.Web.Endpoints.Progress;

/// <summary>Build progress: report upload (CSV or GeoJSON, all-or-nothing) and milestones.</summary>
internal static class ProgressEndpoints
{
    public static void MapProgressEndpoints(this IEndpointRouteBuilder app)
    {
        var progress = app.MapGroup("/api/progress").WithTags("Baufortschritt");
        progress.MapPost("/", async (string? fileName, HttpContext http, ProgressStore store, KpiCache kpis, WebSettings settings, CancellationToken ct) =>
        {
            if (fileName is not null && string.IsNullOrWhiteSpace(Path.GetFileName(fileName)))
            {
                throw Problems.Query("fileName", "darf nicht leer sein und muss auf einen Dateinamen enden, z. B. fortschritt.csv");
            }

            var (actor, _) = AuthSetup.Caller(http.User);
            var raw = fileName ?? (http.Request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true ? "fortschritt.geojson" : "fortschritt.csv");
            var (name, body, problem) = await Upload.ReadAsync(http, settings, raw, ct);
            if (problem is not null)
            {
                return problem;
            }

            await using var owned = body;
            var result = await store.ImportAsync(name, body!, "web:" + actor, ct);
            if (!result.AlreadyImported && result.New + result.Changed > 0)
            {
                kpis.Invalidate();   // an unchanged report keeps the cached KPIs
            }
            AuditLog.Note(http, "progress-import " + name, new Dictionary<string, object?>
            {
                ["rows"] = result.Rows, ["new"] = result.New, ["changed"] = result.Changed, ["unchanged"] = result.Unchanged,
                ["alreadyImported"] = result.AlreadyImported,
            });
            return Results.Ok(result);
        }).RequireAuthorization(Policies.Planer).DisableAntiforgery().WithSummary("Fortschrittsbericht hochladen (Planer): CSV oder GeoJSON, alles oder nichts");

        progress.MapGet("/milestones", async (string? siteId, int? limit, int? offset, ProgressStore store, CancellationToken ct) =>
            Paging.From(limit, offset).Apply((await store.MilestonesAsync(siteId, ct)).Select(m => new
            {
                siteId = m.SiteId, milestone = m.Milestone.ToString(), label = Glossary.Milestone(m.Milestone), plannedDate = m.PlannedDate,
                actualDate = m.ActualDate, status = Glossary.MilestoneState(m.Status),
            }).ToArray())).RequireAuthorization(Policies.Read);
    }
}
