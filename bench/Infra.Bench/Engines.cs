using System.Text.Json;
using System.Text.Json.Serialization;
using Infra.Core.Inputs;
using Infra.Planning.Solver;

namespace Infra.Bench;

/// <summary>Engine names on the command line and in the JSON.</summary>
internal static class Engines
{
    public static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static readonly string[] LpNames = ["glop", "clp", "highs", "pdlp"];
    public static readonly string[] MipNames = ["scip", "highs"];
    public static readonly string[] ScheduleNames = ["cp-sat", "list"];

    public static LpEngine Lp(string name) => name.ToLowerInvariant() switch
    {
        "glop" => LpEngine.Glop,
        "clp" => LpEngine.Clp,
        "highs" => LpEngine.Highs,
        "pdlp" => LpEngine.Pdlp,
        _ => throw new InputException($"LP-Verfahren '{name}' unbekannt (glop, clp, highs, pdlp)"),
    };

    public static MipEngine Mip(string name) => name.ToLowerInvariant() switch
    {
        "scip" => MipEngine.Scip,
        "highs" => MipEngine.Highs,
        _ => throw new InputException($"MIP-Verfahren '{name}' unbekannt (scip, highs)"),
    };

    public static IReadOnlyList<string> Schedules(string list)
    {
        var names = List(list).Where(n => n != "none").ToList();
        var unknown = names.Where(n => !ScheduleNames.Contains(n)).ToList();
        return unknown.Count == 0 ? names : throw new InputException($"Zeitplan-Verfahren {string.Join(", ", unknown)} unbekannt (cp-sat, list)");
    }

    public static IReadOnlyList<string> List(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(n => n.ToLowerInvariant()).ToList();

    public static string Name(LpEngine engine) => engine.ToString().ToLowerInvariant();

    public static string Name(MipEngine engine) => engine.ToString().ToLowerInvariant();
}
