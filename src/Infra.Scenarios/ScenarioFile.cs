using Infra.Core.Inputs;
using Infra.Core.Scenarios;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Infra.Scenarios;

/// <summary>
/// Loads and saves <see cref="Scenario"/> files (YAML). Keys are the record properties in snake_case
/// (<c>costs.trench_paved_per_m</c>, <c>capacities.capex_budget_by_year</c>, <c>policies.allowed_by_kind</c> …); every key
/// is optional and takes the record's default. Dictionary keys for site kinds are the German codes (<c>Schule</c>,
/// <c>Kita</c>, <c>Verwaltung</c>, <c>Feuerwehr</c>, <c>Bibliothek</c>, <c>Jugendeinrichtung</c>, <c>Sportstätte</c>,
/// <c>Sonstige</c>), technologies are <c>fibre</c>, <c>radio</c> or <c>leased</c>, dates <c>yyyy-mm-dd</c>, rates as
/// fractions (0.025 = 2.5 %).
/// <para>
/// A file may name a <c>base:</c> scenario file (relative to itself) whose values it overrides: nested sections and
/// dictionaries merge key by key, single values, lists and sets replace. Without <c>name:</c> the name is the file name
/// without extension. Paths under <c>inputs:</c> stay as written (relative to the file that names them).
/// </para>
/// Every problem of a file and its bases (YAML syntax, unknown key, wrong type, unknown kind or technology, negative
/// cost, discount rate outside 0..0.2, deadline not after the start …) is collected and thrown at once as an
/// <see cref="InputException"/> naming the file, the key path and the bad value.
/// </summary>
public static class ScenarioFile
{
    private const string BaseKey = "base";

    /// <exception cref="InputException">The file, a base of it, or a value is broken; carries every problem.</exception>
    public static Scenario Load(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var errors = new List<InputError>();
        var full = Path.GetFullPath(path);
        var scenario = LoadWithBases(full, [], errors);
        new ScenarioValidator(Path.GetFileName(full), errors).Validate(scenario);
        return errors.Count == 0 ? scenario : throw new InputException(errors);
    }

    /// <summary>
    /// Reads a scenario stored as YAML text (as <see cref="ToYaml"/> writes it, e.g. with a plan version): every key is
    /// in the text, so no base is followed. Errors name <paramref name="sourceName"/>.
    /// </summary>
    /// <exception cref="InputException">The text or a value is broken; carries every problem.</exception>
    public static Scenario FromYaml(string yaml, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        var errors = new List<InputError>();
        YamlMappingNode? root = null;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            root = stream.Documents.Count == 0 ? [] : stream.Documents[0].RootNode as YamlMappingNode;
            if (root is null)
            {
                errors.Add(new InputError(sourceName, null, null, null, "expected a mapping of keys at the top"));
            }
        }
        catch (YamlException e)
        {
            errors.Add(new InputError(sourceName, null, null, null, $"not valid YAML at line {e.Start.Line}, column {e.Start.Column}: {e.Message}"));
        }

        var scenario = new Scenario { Name = sourceName };
        if (root is not null)
        {
            new ScenarioBinder(sourceName, errors).Bind(scenario, root, "", new HashSet<string> { BaseKey });
        }

        new ScenarioValidator(sourceName, errors).Validate(scenario);
        return errors.Count == 0 ? scenario : throw new InputException(errors);
    }

    /// <summary>Writes every key of <paramref name="scenario"/>, so the file does not depend on defaults that may change.</summary>
    public static void Save(Scenario scenario, string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        File.WriteAllText(path, ToYaml(scenario));
    }

    public static string ToYaml(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        using var writer = new StringWriter();
        new YamlStream(new YamlDocument(ScenarioWriter.Write(scenario))).Save(writer, assignAnchors: false);
        var text = writer.ToString().TrimEnd();
        // YamlStream ends every document with "...", which nobody editing scenarios by hand wants to see.
        return (text.EndsWith("...", StringComparison.Ordinal) ? text[..^3].TrimEnd() : text) + "\n";
    }

    private static Scenario LoadWithBases(string full, HashSet<string> chain, List<InputError> errors)
    {
        var file = Path.GetFileName(full);
        var stem = Path.GetFileNameWithoutExtension(full);
        var fallback = new Scenario { Name = stem };
        if (!chain.Add(full))
        {
            errors.Add(new InputError(file, null, null, BaseKey, "base scenarios form a cycle through this file"));
            return fallback;
        }

        var root = Parse(full, errors);
        if (root is null)
        {
            return fallback;
        }

        var scenario = fallback;
        if (root.Children.TryGetValue(new YamlScalarNode(BaseKey), out var baseNode))
        {
            if (baseNode is YamlScalarNode { Value: { Length: > 0 } baseName })
            {
                var basePath = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(full)!, baseName));
                if (File.Exists(basePath))
                {
                    scenario = LoadWithBases(basePath, chain, errors) with { Name = stem };
                }
                else
                {
                    errors.Add(new InputError(file, null, null, BaseKey, $"base scenario '{baseName}' not found (looked for {basePath})"));
                }
            }
            else
            {
                errors.Add(new InputError(file, null, null, BaseKey, "expected the file name of a base scenario"));
            }
        }

        new ScenarioBinder(file, errors).Bind(scenario, root, "", new HashSet<string> { BaseKey });
        return scenario;
    }

    private static YamlMappingNode? Parse(string full, List<InputError> errors)
    {
        var file = Path.GetFileName(full);
        try
        {
            var stream = new YamlStream();
            using (var reader = File.OpenText(full))
            {
                stream.Load(reader);
            }

            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            {
                return [];
            }

            if (stream.Documents[0].RootNode is YamlMappingNode mapping)
            {
                return mapping;
            }

            errors.Add(new InputError(file, null, null, null, "expected a mapping of keys at the top of the file"));
        }
        catch (YamlException e)
        {
            errors.Add(new InputError(file, null, null, null, $"not valid YAML at line {e.Start.Line}, column {e.Start.Column}: {e.Message}"));
        }
        catch (IOException e)
        {
            errors.Add(new InputError(file, null, null, null, $"cannot read the file: {e.Message}"));
        }

        return null;
    }
}
