using System.Text.Json;
using Infra.Data.Audit;
using Infra.Web.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Infra.Web.Audit;

/// <summary>
/// Records every write (any method but GET/HEAD/OPTIONS) with its outcome, including refused ones (401/403), and every
/// request whose key or token failed to authenticate (refused ones capped by <see cref="RefusedAudit"/>). Endpoints add
/// what they did (action, counts) through <see cref="Note"/>; the middleware writes the row after the response.
/// </summary>
public static class AuditLog
{
    private static readonly object NoteKey = new();

    /// <summary>Describes the write of this request for the audit row, e.g. ("layer-import sites", { new: 3 }).</summary>
    public static void Note(HttpContext context, string action, IReadOnlyDictionary<string, object?> counts)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items[NoteKey] = (action, counts);
    }

    internal static IApplicationBuilder UseAuditLog(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var failedAuth = RequestLimits.FailedAuthentication(context);
        if (context.GetEndpoint() is null || !(RequestLimits.IsWrite(context.Request) || failedAuth))
        {
            await next(context);
            return;
        }

        int? failed = null;
        try
        {
            await next(context);
        }
        catch (Exception e)
        {
            // The exception handler sits outside this middleware and sets the status later; record what it will send.
            failed = ExceptionProblems.StatusOf(e);
            throw;
        }
        finally
        {
            var status = failed ?? context.Response.StatusCode;
            var refused = failedAuth || status is StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden;
            // Refused requests are capped over all callers, so that nobody can flood the log with them.
            if (!refused || context.RequestServices.GetRequiredService<RefusedAudit>().TryAcquire())
            {
                await AppendAsync(context, status, failedAuth, refused);
            }
        }
    });

    private static async Task AppendAsync(HttpContext context, int status, bool failedAuth, bool refused)
    {
        var (action, counts) = context.Items.TryGetValue(NoteKey, out var note) && note is (string a, IReadOnlyDictionary<string, object?> c)
            ? (a, c)
            : (Problems.Clip((context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.Value ?? "", 200),
                new Dictionary<string, object?>());
        if (refused)
        {
            action = (failedAuth ? "auth-failed " : "refused ") + action;
            counts = new Dictionary<string, object?>
            {
                ["scheme"] = context.Request.Headers.Authorization.Count > 0 ? "Bearer" : context.Request.Headers.ContainsKey(ApiKeyHandler.HeaderName) ? "ApiKey" : "none",
                ["address"] = context.Connection.RemoteIpAddress?.ToString(),
            };
        }

        var (actor, role) = AuthSetup.Caller(context.User);
        var time = context.RequestServices.GetRequiredService<TimeProvider>();
        await context.RequestServices.GetRequiredService<AuditStore>().AppendAsync(
            new AuditEntry(0, time.GetUtcNow(), actor, role, context.Request.Method, Problems.Clip(context.Request.Path + context.Request.QueryString, 500),
                action, status, JsonSerializer.Serialize(counts)),
            CancellationToken.None);
    }

    internal static void MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/audit", async (int? limit, int? offset, AuditStore store, CancellationToken ct) =>
            {
                var paging = Paging.From(limit, offset);
                var (items, total) = await store.ListAsync(paging.Limit, paging.Offset, ct);
                return new Page<AuditRow>(total, paging.Limit, paging.Offset, items.Select(AuditRow.From).ToArray());
            })
            .RequireAuthorization(Policies.PlanerOrGis)
            .WithTags("Audit")
            .WithSummary("Audit-Protokoll aller Schreibzugriffe, neueste zuerst (Planer, GIS)");
    }
}

/// <summary>An audit row as the API returns it (counts as a JSON object).</summary>
public sealed record AuditRow(long Id, DateTimeOffset At, string Actor, string Role, string Method, string Path, string Action, int Status, JsonElement Counts)
{
    public static AuditRow From(AuditEntry e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new AuditRow(e.Id, e.At, e.Actor, e.Role, e.Method, e.Path, e.Action, e.Status, JsonDocument.Parse(e.CountsJson).RootElement.Clone());
    }
}
