using Infra.Core.Language;

namespace Infra.Web.Endpoints;

/// <summary>GET /api/glossary: the one German glossary (codes → labels, explanations, formats) for the dashboard.</summary>
internal static class GlossaryEndpoint
{
    public static void MapGlossaryEndpoint(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/glossary", () => Results.Ok(Glossary.Document))
            .WithTags("Glossar").RequireAuthorization(Policies.Read).Produces<GlossaryDocument>()
            .WithSummary("Deutsche Bezeichnungen aller Codes (Technologie, Meilensteine, Begründungen …), Erklärungen und Formate");
}
