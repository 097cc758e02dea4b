using System.Text.Json;
using Infra.Core.Inputs;
using Infra.Data.Audit;
using Infra.Data.Import;
using Microsoft.Extensions.DependencyInjection;

namespace Infra.Web.Audit;

/// <summary>
/// Records every write (any method but GET/HEAD/OPTIONS) that passed authorisation, with its outcome. Endpoints add
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
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method)
            || context.GetEndpoint() is null || context.User.Identity?.IsAuthenticated != true)
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
            failed = e switch
            {
                InputException => StatusCodes.Status400BadRequest,
                LayerImportException => StatusCodes.Status409Conflict,
                BadHttpRequestException b => b.StatusCode,
                _ => StatusCodes.Status500InternalServerError,
            };
            throw;
        }
        finally
        {
            var (action, counts) = context.Items.TryGetValue(NoteKey, out var note) && note is (string a, IReadOnlyDictionary<string, object?> c)
                ? (a, c)
                : ((context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? context.Request.Path.Value ?? "", new Dictionary<string, object?>());
            var (actor, role) = AuthSetup.Caller(context.User);
            var time = context.RequestServices.GetRequiredService<TimeProvider>();
            await context.RequestServices.GetRequiredService<AuditStore>().AppendAsync(
                new AuditEntry(0, time.GetUtcNow(), actor, role, context.Request.Method, context.Request.Path + context.Request.QueryString,
                    action, failed ?? context.Response.StatusCode, JsonSerializer.Serialize(counts)),
                CancellationToken.None);
        }
    });

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
