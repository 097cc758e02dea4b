using Infra.Core.Inputs;
using Infra.Data.Import;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Infra.Web.Errors;

/// <summary>
/// Turns the exceptions of bad input into problem details with the same precise messages as the CLI: one entry per
/// <see cref="InputError"/> (file, feature index, id, property, what) and its one-line text.
/// </summary>
internal sealed class InputProblemHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            InputException e => Problems.Input(e.Errors),
            LayerImportException e => Problems.Create(StatusCodes.Status409Conflict, "Die Datenbank hat den Import abgelehnt – nichts wurde geschrieben",
                e.InnerException?.GetBaseException().Message ?? e.Message),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => Problems.TooLarge(null),
            BadHttpRequestException e => Problems.Create(e.StatusCode, "Ungültige Anfrage", e.Message),
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status ?? StatusCodes.Status400BadRequest;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }
}

/// <summary>Problem details the endpoints return directly.</summary>
public static class Problems
{
    public static ProblemDetails Create(int status, string title, string? detail) => new() { Status = status, Title = title, Detail = detail };

    public static ProblemDetails Input(IReadOnlyList<InputError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var problem = Create(StatusCodes.Status400BadRequest, "Fehler in den Eingabedaten – nichts wurde geschrieben",
            string.Join("\n", errors.Select(e => e.ToString())));
        problem.Extensions["errors"] = errors.Select(e => new
        {
            file = e.File,
            featureIndex = e.FeatureIndex,
            featureId = e.FeatureId,
            property = e.Property,
            message = e.Message,
            text = e.ToString(),
        }).ToArray();
        return problem;
    }

    public static ProblemDetails TooLarge(long? maxBytes) => Create(StatusCodes.Status413PayloadTooLarge, "Die Anfrage ist zu groß",
        maxBytes is { } max
            ? $"Uploads dürfen höchstens {max / 1024.0 / 1024.0:0.#} MB groß sein (Einstellung Web:MaxUploadMegabytes)."
            : "Uploads dürfen die eingestellte Größe nicht überschreiten (Einstellung Web:MaxUploadMegabytes).");

    public static IResult NotFound(string what) => Results.Problem(Create(StatusCodes.Status404NotFound, "Nicht gefunden", what));

    public static IResult BadRequest(string what) => Results.Problem(Create(StatusCodes.Status400BadRequest, "Ungültige Anfrage", what));
}
