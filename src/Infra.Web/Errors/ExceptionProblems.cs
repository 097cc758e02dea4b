using System.Text.Json;
using System.Text.RegularExpressions;
using Infra.Core.Inputs;
using Infra.Data.Import;
using Microsoft.AspNetCore.Mvc;

namespace Infra.Web.Errors;

/// <summary>
/// The one mapping of exceptions caused by a request to problem details (docs/api.md, Fehlerantworten): input errors,
/// parameter binding, JSON bodies, multipart forms and number/date formats become 400 naming the parameter or field;
/// anything else stays a 500 (a bug, not bad input).
/// </summary>
internal static partial class ExceptionProblems
{
    /// <summary>The problem for <paramref name="exception"/>, or null when it is not caused by the request's content.</summary>
    public static ProblemDetails? Map(Exception exception) => exception switch
    {
        InputException e => Problems.Input(e.Errors),
        LayerImportException e => Problems.Create(StatusCodes.Status409Conflict, "Die Datenbank hat den Import abgelehnt – nichts wurde geschrieben",
            e.InnerException?.GetBaseException().Message ?? e.Message),
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => Problems.TooLarge(null),
        BadHttpRequestException e => Binding(e),
        JsonException e => Problems.Input([Json("(body)", e)]),
        InvalidDataException => Multipart(),
        FormatException or OverflowException => Problems.Input([new InputError("(request)", null, null, null,
            "ein Wert hat nicht das erwartete Format (Zahl, Datum oder Text)")]),
        _ => null,
    };

    /// <summary>The status the problem of <paramref name="exception"/> will carry (500 when it is not mapped).</summary>
    public static int StatusOf(Exception exception) => Map(exception)?.Status ?? StatusCodes.Status500InternalServerError;

    private static ProblemDetails Binding(BadHttpRequestException e)
    {
        if (e.InnerException is JsonException json)
        {
            return Problems.Input([Json("(body)", json)]);
        }

        if (e.InnerException is InvalidDataException or IOException && e.Message.Contains("form", StringComparison.OrdinalIgnoreCase))
        {
            return Multipart();
        }

        var match = ParameterPattern().Match(e.Message);
        var (type, name) = match.Success ? (match.Groups["type"].Value, match.Groups["name"].Value) : ("", "");
        var value = ValuePattern().Match(e.Message) is { Success: true } v ? v.Groups["value"].Value : null;
        string? detail = e.Message switch
        {
            _ when !match.Success => null,
            var m when m.StartsWith("Required parameter", StringComparison.Ordinal) => $"Parameter '{name}' fehlt",
            var m when m.StartsWith("Failed to bind parameter", StringComparison.Ordinal) =>
                $"'{Problems.Clip(value ?? "")}' ist kein gültiger Wert; erwartet: {Expected(type)}",
            var m when m.Contains("as JSON", StringComparison.Ordinal) => "der Anfrageinhalt ist kein gültiges JSON-Objekt",
            _ => null,
        };
        if (detail is null)
        {
            return e.StatusCode == StatusCodes.Status415UnsupportedMediaType
                ? Problems.Create(e.StatusCode, "Falscher Inhaltstyp", "Erwartet wird application/json.")
                : Problems.Create(e.StatusCode, "Ungültige Anfrage", "Die Anfrage ist fehlerhaft aufgebaut.");
        }

        return Problems.Input([new InputError(e.Message.Contains("body", StringComparison.Ordinal) ? "(body)" : "(query)", null, null, name, detail)]);
    }

    private static InputError Json(string source, JsonException e)
    {
        var where = e.LineNumber is { } line
            ? $" (Zeile {line + 1}, Zeichen {(e.BytePositionInLine ?? 0) + 1})"
            : "";
        var field = string.IsNullOrEmpty(e.Path) || e.Path == "$" ? null : e.Path.TrimStart('$', '.');
        return new InputError(source, null, null, field, "kein gültiges JSON" + where);
    }

    private static ProblemDetails Multipart() => Problems.Input([new InputError("(multipart)", null, null, "file",
        "multipart/form-data ist fehlerhaft (Grenze, Kopfzeilen oder Ende des Formulars)")]);

    private static string Expected(string type) => type.TrimEnd('?') switch
    {
        "int" or "long" or "Int32" or "Int64" => "eine ganze Zahl",
        "double" or "decimal" or "float" => "eine Zahl mit Punkt als Dezimaltrennzeichen",
        "bool" or "Boolean" => "true oder false",
        "DateOnly" => "ein Datum JJJJ-MM-TT",
        "DateTimeOffset" or "DateTime" => "ein Zeitpunkt nach ISO 8601, z. B. 2026-01-31T00:00:00Z",
        _ => "ein Wert vom Typ " + type,
    };

    [GeneratedRegex("parameter \"(?<type>[^\"]+) (?<name>[^\" ]+)\"", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex ParameterPattern();

    [GeneratedRegex("\" from \"(?<value>.*)\"\\.$", RegexOptions.CultureInvariant | RegexOptions.Singleline, matchTimeoutMilliseconds: 200)]
    private static partial Regex ValuePattern();
}
