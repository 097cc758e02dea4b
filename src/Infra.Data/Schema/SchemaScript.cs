using System.Globalization;
using System.Reflection;

namespace Infra.Data.Schema;

/// <summary>One versioned schema script; <see cref="Version"/> is the number its file name starts with (<c>001_initial.sql</c> is 1).</summary>
internal sealed record SchemaScript(int Version, string Name, string Sql)
{
    private const string ResourcePrefix = "Schema/";

    /// <summary>The scripts embedded for <paramref name="folder"/> (<c>Sqlite</c> or <c>Postgres</c>), in version order.</summary>
    public static IReadOnlyList<SchemaScript> Embedded(string folder)
    {
        var assembly = typeof(SchemaScript).Assembly;
        var prefix = ResourcePrefix + folder + "/";
        return assembly.GetManifestResourceNames()
            .Select(n => (Resource: n, Path: n.Replace('\\', '/')))
            .Where(r => r.Path.StartsWith(prefix, StringComparison.Ordinal) && r.Path.EndsWith(".sql", StringComparison.Ordinal))
            .Select(r => Load(assembly, r.Resource, r.Path[prefix.Length..]))
            .OrderBy(s => s.Version)
            .ToArray();
    }

    private static SchemaScript Load(Assembly assembly, string resource, string name)
    {
        var digits = new string(name.TakeWhile(char.IsAsciiDigit).ToArray());
        if (digits.Length == 0)
        {
            throw new InvalidOperationException($"schema script '{name}' must start with its version number");
        }

        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return new SchemaScript(int.Parse(digits, CultureInfo.InvariantCulture), name, reader.ReadToEnd());
    }
}
