using Microsoft.AspNetCore.Http;

namespace Infra.Web.Errors;

/// <summary>German title and detail for problems written without them (401, 403, 404, 405, 415 … from the framework).</summary>
internal static class StatusTexts
{
    public static void Complete(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        if (problem.Detail is not null)
        {
            return;
        }

        (string Title, string Detail)? text = problem.Status switch
        {
            StatusCodes.Status401Unauthorized => ("Anmeldung erforderlich",
                "Ohne gültigen Schlüssel (X-Api-Key) oder gültiges Token (Authorization: Bearer) ist das nicht erlaubt."),
            StatusCodes.Status403Forbidden => ("Keine Berechtigung", "Ihre Rolle darf diesen Zugriff nicht ausführen."),
            StatusCodes.Status404NotFound => ("Nicht gefunden", "Diese Adresse gibt es nicht."),
            StatusCodes.Status405MethodNotAllowed => ("Methode nicht erlaubt", "Diese Adresse kennt die HTTP-Methode nicht."),
            StatusCodes.Status415UnsupportedMediaType => ("Falscher Inhaltstyp", "Erwartet wird application/json."),
            _ => null,
        };
        if (text is { } t)
        {
            problem.Title = t.Title;
            problem.Detail = t.Detail;
        }
    }
}
