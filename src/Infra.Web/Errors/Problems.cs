using Infra.Core.Inputs;
using Microsoft.AspNetCore.Mvc;

namespace Infra.Web.Errors;

/// <summary>
/// Problem details the endpoints return directly. What the caller sent is echoed capped: at most
/// <see cref="MaxErrors"/> errors (plus their total) and every text cut at <see cref="MaxText"/> characters.
/// </summary>
public static class Problems
{
    /// <summary>Errors listed in one problem; the rest are counted in <c>errorCount</c>.</summary>
    public const int MaxErrors = 50;

    /// <summary>Longest echoed text (one error, a detail line); longer ones end in "…".</summary>
    public const int MaxText = 300;

    public static ProblemDetails Create(int status, string title, string? detail) =>
        new() { Status = status, Title = title, Detail = detail is null ? null : Clip(detail, MaxText * 4) };

    public static ProblemDetails Input(IReadOnlyList<InputError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var shown = errors.Take(MaxErrors).ToArray();
        var lines = shown.Select(e => Clip(e.ToString())).ToList();
        if (errors.Count > shown.Length)
        {
            lines.Add($"… und {errors.Count - shown.Length} weitere Fehler ({errors.Count} insgesamt)");
        }

        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Fehler in den Eingabedaten – nichts wurde geschrieben",
            Detail = string.Join("\n", lines),
        };
        problem.Extensions["errorCount"] = errors.Count;
        problem.Extensions["errors"] = shown.Select(e => new
        {
            file = Clip(e.File),
            featureIndex = e.FeatureIndex,
            featureId = e.FeatureId is null ? null : Clip(e.FeatureId),
            property = e.Property is null ? null : Clip(e.Property),
            message = Clip(e.Message),
            text = Clip(e.ToString()),
        }).ToArray();
        return problem;
    }

    public static ProblemDetails TooLarge(long? maxBytes) => Create(StatusCodes.Status413PayloadTooLarge, "Die Anfrage ist zu groß",
        maxBytes is { } max
            ? $"Uploads dürfen höchstens {max / 1024.0 / 1024.0:0.#} MB groß sein (Einstellung Web:MaxUploadMegabytes)."
            : "Uploads dürfen die eingestellte Größe nicht überschreiten (Einstellung Web:MaxUploadMegabytes).");

    public static IResult NotFound(string what) => Results.Problem(Create(StatusCodes.Status404NotFound, "Nicht gefunden", what));

    public static IResult BadRequest(string what) => Results.Problem(Create(StatusCodes.Status400BadRequest, "Ungültige Anfrage", what));

    /// <summary>A 400 naming the query parameter, with the same layout as other input errors.</summary>
    public static InputException Query(string parameter, string what) => new(new InputError("(query)", null, null, parameter, what));

    /// <summary><paramref name="text"/> cut to <paramref name="max"/> characters, marked with "…" when cut.</summary>
    public static string Clip(string text, int max = MaxText)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= max ? text : string.Concat(text.AsSpan(0, max), "…");
    }
}
