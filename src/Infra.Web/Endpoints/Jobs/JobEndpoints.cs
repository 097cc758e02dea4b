using Infra.Core.Language;
using Infra.Core.Inputs;
using Infra.Data.Jobs;
using Infra.Data.Plans;
using Infra.Scenarios;
using Infra.Jobs;

namespace Infra.Web.Endpoints.Jobs;

/// <summary>Scenarios (list, run as a solve job), re-plans, job status and cancellation, deadline risks.</summary>
internal static class JobEndpoints
{
    public static void MapJobEndpoints(this IEndpointRouteBuilder app)
    {
        var scenarios = app.MapGroup("/api/scenarios").WithTags("Szenarien");
        scenarios.MapGet("/", (WebSettings settings) => Directory.Exists(settings.ScenarioFolder)
            ? Directory.EnumerateFiles(settings.ScenarioFolder, "*.yaml").Order(StringComparer.Ordinal).Select(Describe).ToArray()
            : []).RequireAuthorization(Policies.Read).WithSummary("Die Szenario-Dateien des Szenario-Ordners");

        scenarios.MapPost("/{name}/run", async (string name, HttpContext http, WebSettings settings, IJobService jobs, CancellationToken ct) =>
        {
            var file = Path.Combine(settings.ScenarioFolder, name + ".yaml");
            if (name.IndexOfAny(['/', '\\', '.']) >= 0 || !File.Exists(file))
            {
                return Problems.NotFound($"Szenario '{name}' im Ordner {settings.ScenarioFolder}");
            }

            var (actor, _) = AuthSetup.Caller(http.User);
            var runId = await jobs.EnqueueSolveAsync(name, actor, ct);
            AuditLog.Note(http, "scenario-run " + name, new Dictionary<string, object?> { ["runId"] = runId });
            return Results.Accepted($"/api/jobs/{runId}", new { runId });
        }).RequireAuthorization(Policies.Planer).WithSummary("Szenario rechnen lassen (Planer): 202 mit der Lauf-Id");

        app.MapPost("/api/plans/{version:long}/replan", async (long version, DateOnly from, HttpContext http, IJobService jobs, PlanStore plans,
            CancellationToken ct) =>
        {
            if (await plans.GetAsync(version, ct) is null)
            {
                return Problems.NotFound($"Planversion {version}");   // at once, not as a job that fails later
            }

            var (actor, _) = AuthSetup.Caller(http.User);
            var runId = await jobs.EnqueueReplanAsync(version, from, actor, ct);
            AuditLog.Note(http, $"replan {version} from {from:yyyy-MM-dd}", new Dictionary<string, object?> { ["runId"] = runId });
            return Results.Accepted($"/api/jobs/{runId}", new { runId });
        }).WithTags("Pläne").RequireAuthorization(Policies.Planer).WithSummary("Neuplanung ab einem Datum (Planer): 202 mit der Lauf-Id");

        var runs = app.MapGroup("/api/jobs").WithTags("Jobs");
        runs.MapGet("/", async (int? limit, IJobService jobs, CancellationToken ct) => await jobs.ListAsync(Paging.From(limit, 0, 50).Limit, ct))
            .RequireAuthorization(Policies.Read).WithSummary("Die neuesten Jobläufe");
        runs.MapGet("/{runId}", async (string runId, IJobService jobs, CancellationToken ct) =>
            await jobs.GetAsync(runId, ct) is { } run ? Results.Ok(run) : Problems.NotFound($"Joblauf '{runId}'")).RequireAuthorization(Policies.Read);
        runs.MapDelete("/{runId}", async (string runId, HttpContext http, IJobService jobs, CancellationToken ct) =>
        {
            var cancelled = await jobs.CancelAsync(runId, ct);
            AuditLog.Note(http, "job-cancel " + runId, new Dictionary<string, object?> { ["cancelled"] = cancelled ? 1 : 0 });
            return cancelled ? Results.Accepted() : Problems.NotFound($"Joblauf '{runId}' (unbekannt oder schon beendet)");
        }).RequireAuthorization(Policies.Planer).WithSummary("Joblauf abbrechen (Planer)");
        runs.MapPost("/{kind}", async (string kind, HttpContext http, IJobService jobs, CancellationToken ct) =>
        {
            JobKind? parsed = kind switch
            {
                "kpi-snapshot" => JobKind.KpiSnapshot,
                "deadline-risk" => JobKind.DeadlineRisk,
                "progress-import" => JobKind.ProgressImport,
                _ => null,
            };
            if (parsed is not { } k)
            {
                return Problems.NotFound($"Jobart '{kind}' (erlaubt: kpi-snapshot, deadline-risk, progress-import)");
            }

            var (actor, _) = AuthSetup.Caller(http.User);
            var runId = await jobs.TriggerAsync(k, actor, ct);
            AuditLog.Note(http, "job-trigger " + kind, new Dictionary<string, object?> { ["runId"] = runId });
            return Results.Accepted($"/api/jobs/{runId}", new { runId });
        }).RequireAuthorization(Policies.Planer).WithSummary("KPI-Stichtag, Terminrisiko oder Ablage-Import jetzt starten (Planer)");

        app.MapGet("/api/risks", async (IRiskStore risks, CancellationToken ct) =>
            (await risks.LatestAsync(ct)).Where(r => r.MissesDeadline).Select(r => new
            {
                siteId = r.SiteId, name = r.Name, district = r.District, technology = r.Technology, technologyLabel = Glossary.Label(DomainNames.Technology, r.Technology),
                plannedLive = r.PlannedLive, projectedLive = r.ProjectedLive, reason = r.Reason,
            }).ToArray()).WithTags("Jobs").RequireAuthorization(Policies.Read).WithSummary("Liegenschaften, die den Termin voraussichtlich verfehlen");
    }

    private static object Describe(string path)
    {
        var name = Path.GetFileNameWithoutExtension(path);
        try
        {
            var scenario = ScenarioFile.Load(path);
            return new { name, file = Path.GetFileName(path), description = scenario.Description, error = (string?)null };
        }
        catch (InputException e)
        {
            // A broken file is listed with its problem rather than hiding the others.
            return new { name, file = Path.GetFileName(path), description = "", error = (string?)(e.Errors.Count > 0 ? e.Errors[0].ToString() : e.Message) };
        }
    }
}
