using Infra.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Infra.Web;

/// <summary>
/// <c>GET /health</c> for container health checks and load balancers: 200 with the schema version when the database
/// answers, 503 when it does not. Anonymous, so that a health probe needs no key.
/// </summary>
internal static class HealthEndpoint
{
    public static IEndpointRouteBuilder MapHealthEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", async (InfraDatabase database, CancellationToken ct) =>
        {
            try
            {
                var version = await database.GetSchemaVersionAsync(ct);
                return Results.Ok(new { status = "ok", database = database.Provider.ToString(), schemaVersion = version });
            }
            catch (Exception e) when (e is System.Data.Common.DbException or InvalidOperationException or TimeoutException)
            {
                return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Datenbank nicht erreichbar", detail: e.Message);
            }
        }).AllowAnonymous().WithName("Health");
        return app;
    }
}
